package org.budgetdisclosure.performance.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code sha256:<hex>} over the exact bytes of a content (docs/publication.md: contentHash, draftHash, audit hashes). */
public final class ContentHash {

    public static final String PREFIX = "sha256:";

    private ContentHash() {
    }

    public static String of(byte[] content) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The quoted strong ETag of a content hash: its first 128 bits in hex. */
    public static String etag(String contentHash) {
        return "\"" + contentHash.substring(PREFIX.length(), PREFIX.length() + 32) + "\"";
    }

    public static String of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }
}
