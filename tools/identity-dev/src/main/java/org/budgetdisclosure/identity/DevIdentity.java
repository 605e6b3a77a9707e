package org.budgetdisclosure.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Keys and bearer tokens for local development and tests, in the form the platform verifies (docs/identity.md):
 * RS256 JWTs with {@code iss}, {@code aud}, {@code sub}, {@code groups} (roles) and {@code units} (unit scope).
 * The JDK alone: no library, so the same code runs from {@code ./run-local}, the samples' loaders and the tests.
 * Production tokens come from the government's identity provider, never from here.
 */
public final class DevIdentity {

    public static final String DEV_ISSUER = "urn:budget-disclosure:dev";
    public static final String AUDIENCE = "budget-disclosure";

    private DevIdentity() {
    }

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code private.pem} (PKCS#8) and {@code public.pem} (X.509) into the directory, unless both exist; returns the pair there. */
    public static KeyPair keysIn(Path dir) {
        Path privatePem = dir.resolve("private.pem");
        Path publicPem = dir.resolve("public.pem");
        try {
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                Files.createDirectories(dir);
                KeyPair keys = generateKeys();
                Files.writeString(privatePem, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
                Files.writeString(publicPem, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
                privatePem.toFile().setReadable(false, false);
                privatePem.toFile().setReadable(true, true);
            }
            return new KeyPair(readPublic(Files.readString(publicPem)), readPrivate(Files.readString(privatePem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test key pair shipped for test scope only ({@code test-identity/} on the class path). */
    public static KeyPair testKeys() {
        return new KeyPair(readPublic(resource("test-identity/public.pem")), readPrivate(resource("test-identity/private.pem")));
    }

    public static PrivateKey readPrivate(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }

    public static PublicKey readPublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 RSA public key", e);
        }
    }

    /** A token as the platform expects one, valid for the given time from now. */
    public static Token token(String subject, List<String> roles, List<String> units, Duration validFor) {
        Instant now = Instant.now();
        return new Token(DEV_ISSUER, AUDIENCE, subject, roles, units, now, now, now.plus(validFor), "RS256");
    }

    /** The claims and header of one token; {@link #sign(PrivateKey)} makes the compact JWT. Each wither changes one thing. */
    public record Token(String issuer, String audience, String subject, List<String> roles, List<String> units,
                        Instant issuedAt, Instant notBefore, Instant expiresAt, String algorithm) {

        public Token issuer(String value) {
            return new Token(value, audience, subject, roles, units, issuedAt, notBefore, expiresAt, algorithm);
        }

        public Token audience(String value) {
            return new Token(issuer, value, subject, roles, units, issuedAt, notBefore, expiresAt, algorithm);
        }

        public Token roles(List<String> value) {
            return new Token(issuer, audience, subject, value, units, issuedAt, notBefore, expiresAt, algorithm);
        }

        public Token units(List<String> value) {
            return new Token(issuer, audience, subject, roles, value, issuedAt, notBefore, expiresAt, algorithm);
        }

        public Token validBetween(Instant from, Instant until) {
            return new Token(issuer, audience, subject, roles, units, issuedAt, from, until, algorithm);
        }

        /** {@code alg: none}: no signature at all; every service must refuse it. */
        public String unsigned() {
            return base64(header("none")) + "." + base64(claims()) + ".";
        }

        public String sign(PrivateKey key) {
            String signingInput = base64(header(algorithm)) + "." + base64(claims());
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(key);
                rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String header(String alg) {
            return "{\"alg\":" + json(alg) + ",\"typ\":\"JWT\"}";
        }

        private String claims() {
            return "{\"iss\":" + json(issuer) + ",\"aud\":" + json(audience) + ",\"sub\":" + json(subject)
                    + ",\"upn\":" + json(subject) + ",\"groups\":" + json(roles) + ",\"units\":" + json(units)
                    + ",\"iat\":" + issuedAt.getEpochSecond() + ",\"nbf\":" + notBefore.getEpochSecond()
                    + ",\"exp\":" + expiresAt.getEpochSecond() + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        }
    }

    private static String json(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(json(v)));
        return "[" + String.join(",", quoted) + "]";
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String resource(String name) {
        try (InputStream in = DevIdentity.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
