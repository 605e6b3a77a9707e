package org.budgetdisclosure.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevIdentityTest {

    @Test
    void keysAreMadeOnceAndReadBackTheSame(@TempDir Path dir) throws Exception {
        KeyPair first = DevIdentity.keysIn(dir);
        KeyPair again = DevIdentity.keysIn(dir);

        assertArrayEquals(first.getPublic().getEncoded(), again.getPublic().getEncoded());
        assertTrue(Files.readString(dir.resolve("public.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void aTokenCarriesTheClaimsThePlatformReadsAndVerifiesWithThePublicKey() throws Exception {
        KeyPair keys = DevIdentity.testKeys();
        String jwt = DevIdentity.token("budget-system", List.of("editor"), List.of("402001", "4020*"), Duration.ofMinutes(5))
                .sign(keys.getPrivate());

        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""));
        assertTrue(claims.contains("\"iss\":\"urn:budget-disclosure:dev\""));
        assertTrue(claims.contains("\"aud\":\"budget-disclosure\""));
        assertTrue(claims.contains("\"groups\":[\"editor\"]"));
        assertTrue(claims.contains("\"units\":[\"402001\",\"4020*\"]"));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void anUnsignedTokenSaysAlgNoneAndHasNoSignature() {
        String jwt = DevIdentity.token("x", List.of("admin"), List.of("*"), Duration.ofMinutes(5)).unsigned();

        assertTrue(jwt.endsWith("."));
        assertTrue(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8).contains("\"none\""));
    }

    @Test
    void theCommandRefusesUnknownRolesAndScopes(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> DevTokens.run(new String[]{"token", "--keys", dir.toString(), "--role", "root"}));
        assertThrows(IllegalArgumentException.class,
                () -> DevTokens.run(new String[]{"token", "--keys", dir.toString(), "--role", "editor", "--units", "40;01"}));
        assertFalse(DevTokens.run(new String[]{"token", "--keys", dir.toString(), "--role", "editor", "--units", "402001"}).isBlank());
        assertEquals(Duration.ofHours(8), DevTokens.ttl("8h"));
    }
}
