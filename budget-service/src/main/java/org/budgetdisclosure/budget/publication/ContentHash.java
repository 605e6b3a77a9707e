package org.budgetdisclosure.budget.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hash of a revision (docs/publication.md): {@code sha256:<64 hex>} over the exact stored bytes. */
public final class ContentHash {

    public static final String PREFIX = "sha256:";

    private ContentHash() {
    }

    public static String of(byte[] content) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }
}
