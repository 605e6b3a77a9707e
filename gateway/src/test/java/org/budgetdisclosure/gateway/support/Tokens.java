package org.budgetdisclosure.gateway.support;

import org.budgetdisclosure.identity.DevIdentity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bearer tokens for the gateway's tests, signed with the test-only key pair its test profile trusts. */
public final class Tokens {

    private Tokens() {
    }

    public static String editor(String unit) {
        return sign(DevIdentity.token("test-editor", List.of("editor"), List.of(unit), Duration.ofMinutes(10)));
    }

    public static String publisher(String unit) {
        return sign(DevIdentity.token("test-publisher", List.of("publisher"), List.of(unit), Duration.ofMinutes(10)));
    }

    public static String viewer(String unit) {
        return sign(DevIdentity.token("test-viewer", List.of("viewer"), List.of(unit), Duration.ofMinutes(10)));
    }

    /** Tokens the gateway must refuse with 401 (the value) or 403, by what is wrong with them. */
    public static Map<String, String> refused(String unit) {
        DevIdentity.Token good = DevIdentity.token("test-editor", List.of("editor"), List.of(unit), Duration.ofMinutes(10));
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", sign(good.validBetween(now.minusSeconds(7200), now.minusSeconds(3600))));
        tokens.put("not yet valid", sign(good.validBetween(now.plusSeconds(3600), now.plusSeconds(7200))));
        tokens.put("bad signature", good.sign(DevIdentity.generateKeys().getPrivate()));
        tokens.put("wrong issuer", sign(good.issuer("urn:somebody-else")));
        tokens.put("wrong audience", sign(good.audience("another-platform")));
        tokens.put("alg none", good.unsigned());
        tokens.put("garbage", "not.a.token");
        return tokens;
    }

    private static String sign(DevIdentity.Token token) {
        return token.sign(DevIdentity.testKeys().getPrivate());
    }
}
