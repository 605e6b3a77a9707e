package org.budgetdisclosure.gateway.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request path names a resource one way only. Refused, so that no other spelling reaches a real resource
 * under another name: matrix parameters ({@code /budgets/402001;x=1/2025}), any character outside printable
 * ASCII after percent-decoding (full-width or other-script digits such as {@code ２０２５}, control characters,
 * NUL), malformed percent-escapes, and the dot segments {@code .} and {@code ..}. Unit codes, years, project
 * and classification codes are all ASCII.
 */
public final class CanonicalPath {

    private CanonicalPath() {
    }

    /** Why the raw (still percent-encoded) path is not canonical, or empty when it is. */
    public static Optional<String> problem(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.empty();
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("matrix parameters (';') are not part of any resource's name");
        }
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return Optional.of("control characters are not allowed in a path");
            }
            if (c > 0x7E) {
                return Optional.of("a path is ASCII: codes and years are written with the digits 0-9 (found '"
                        + new String(Character.toChars(decoded.codePointAt(i))) + "')");
            }
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("dot segments ('.', '..') are not allowed in a path");
            }
        }
        return Optional.empty();
    }

    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("a '%' in a path must start a percent-escape of two hex digits");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0x7F) {
                // Not percent-encoded: keep the character, the ASCII check refuses it.
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a path's percent-escapes must spell UTF-8");
        }
    }
}
