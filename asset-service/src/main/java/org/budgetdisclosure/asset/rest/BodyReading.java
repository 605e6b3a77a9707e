package org.budgetdisclosure.asset.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.InvalidInputException;
import org.budgetdisclosure.asset.TextRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every JSON request body is read through here, whichever endpoint takes it (the platform contract, points 1, 2
 * and 4):
 * <ul>
 * <li>at most {@code asset.max-request-bytes} bytes are read, however the body is sent: a body without a
 * Content-Length (chunked) that goes past the limit is 413 as one with a length is ({@link BodySizeLimit} answers
 * that one before reading);</li>
 * <li>the body must be UTF-8: a NUL byte cannot occur in UTF-8 JSON text, so one means UTF-16 or UTF-32 (which
 * Jackson would otherwise detect and read), 400;</li>
 * <li>every string of the parsed body passes {@link TextRule}, or the request is 422 naming each field.</li>
 * </ul>
 */
@Provider
public class BodyReading implements ReaderInterceptor {

    private final long maxBytes;

    public BodyReading(@ConfigProperty(name = "asset.max-request-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Guarded guarded = new Guarded(context.getInputStream(), maxBytes);
        context.setInputStream(guarded);
        Object body;
        try {
            body = context.proceed();
        } catch (IOException | RuntimeException e) {
            if (guarded.refusal != null) {
                throw guarded.refusal;
            }
            throw e;
        }
        if (guarded.refusal != null) {
            throw guarded.refusal;
        }
        List<FieldError> errors = TextRule.check(body);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return body;
    }

    /** Counts the bytes read and looks at each: past the limit, or a NUL byte, it stops the reading. */
    private static final class Guarded extends FilterInputStream {

        private final long max;
        private long count;
        private ApiProblem refusal;

        Guarded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                see(buffer, offset, n);
            }
            return n;
        }

        private void see(byte[] buffer, int offset, int n) throws IOException {
            count += n;
            if (count > max) {
                refusal = new ApiProblem(413, "payload-too-large", "Payload too large",
                        "The request body has more than " + max + " bytes; at most " + max + " are accepted", List.of());
                throw new IOException("request body over the limit");
            }
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0) {
                    refusal = ApiProblem.malformed("The body must be JSON in UTF-8 (it has a NUL byte: UTF-16 or UTF-32?)",
                            List.of(new FieldError("body", "must be UTF-8 JSON")));
                    throw new IOException("request body is not UTF-8");
                }
            }
        }
    }
}
