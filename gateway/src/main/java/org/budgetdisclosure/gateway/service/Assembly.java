package org.budgetdisclosure.gateway.service;

import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.render.Printable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An assembled document with its JSON bytes and strong ETag; the other representations (HTML,
 * XLSX, CSV) are rendered once on first use and kept with it.
 */
public final class Assembly {

    /** Bytes of one representation with its own strong ETag. */
    public record Rendered(byte[] bytes, String etag) {
        public static Rendered of(byte[] bytes) {
            return new Rendered(bytes, Assembly.etag(bytes));
        }
    }

    private final Printable printable;
    private final Rendered json;
    private final Map<String, Rendered> renderings = new ConcurrentHashMap<>();

    private final String timing;

    public Assembly(Printable printable, byte[] json) {
        this(printable, json, null);
    }

    /** With how long the assembly took, as a Server-Timing header value (fetch, build, serialize in ms). */
    public Assembly(Printable printable, byte[] json, String timing) {
        this.printable = printable;
        this.json = Rendered.of(json);
        this.timing = timing;
    }

    public String timing() {
        return timing;
    }

    public Disclosure document() {
        return printable.document();
    }

    /** The document with its grids typed, for the renderers. */
    public Printable printable() {
        return printable;
    }

    public Rendered json() {
        return json;
    }

    public boolean published() {
        return "PUBLISHED".equals(document().status());
    }

    public Rendered rendering(String key, Supplier<byte[]> renderer) {
        return renderings.computeIfAbsent(key, k -> Rendered.of(renderer.get()));
    }

    public static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 20) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String etag(String text) {
        return etag(text.getBytes(StandardCharsets.UTF_8));
    }
}
