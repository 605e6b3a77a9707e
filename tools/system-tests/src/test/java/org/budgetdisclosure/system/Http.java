package org.budgetdisclosure.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A plain HTTP client as an integrator would use one: JSON in, JSON out, a bearer token when it has one. */
final class Http {

    record Answer(int status, String etag, byte[] body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + text(), e);
            }
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String token;

    Http(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Http as(String otherToken) {
        return new Http(base, otherToken);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer put(String path, byte[] json, String ifMatch) {
        HttpRequest.Builder r = request(path).PUT(HttpRequest.BodyPublishers.ofByteArray(json))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return send(r);
    }

    Answer putFile(String path, Path file) {
        try {
            return put(path, Files.readAllBytes(file), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
    }

    /** Any request: the method, the body (null for none; chunked when {@code chunked}) and extra headers (name, value, ...). */
    Answer exchange(String method, String path, byte[] body, boolean chunked, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder r = request(path).method(method, publisher);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.setHeader(headers[i], headers[i + 1]);
        }
        return send(r);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return r;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            return new Answer(-1, null, ("no answer: " + e).getBytes(StandardCharsets.UTF_8), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
