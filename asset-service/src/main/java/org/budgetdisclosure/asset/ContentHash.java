package org.budgetdisclosure.asset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hash of the publication lifecycle: {@code sha256:<hex>} over the exact stored bytes. Pure. */
public final class ContentHash {

    public static final String PREFIX = "sha256:";

    private ContentHash() {
    }

    public static String of(byte[] content) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Of a JSON text: over its UTF-8 bytes, which is what is stored and served. */
    public static String of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }
}
