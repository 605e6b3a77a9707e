package org.budgetdisclosure.asset.support;

import io.restassured.http.Header;
import org.budgetdisclosure.identity.DevIdentity;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

/**
 * Bearer tokens for the tests, signed with the test-only key pair the test profile verifies with
 * (identity-dev's test-identity/). {@code given().header(Tokens.asEditorOf("402001"))} sends one. A header, not a
 * RequestSpecification: a spec built before Quarkus starts would keep RestAssured's port of that moment.
 */
public final class Tokens {

    public static final KeyPair KEYS = DevIdentity.testKeys();
    private static final Duration VALID_FOR = Duration.ofHours(1);

    private Tokens() {
    }

    public static DevIdentity.Token token(String role, String... units) {
        return DevIdentity.token("asset-service-test", List.of(role), List.of(units), VALID_FOR);
    }

    public static String sign(DevIdentity.Token token) {
        return token.sign(KEYS.getPrivate());
    }

    /** An editor's token for the given units (exact codes, prefixes ending in *, or *). */
    public static String editor(String... units) {
        return sign(token("editor", units));
    }

    public static String admin(String... units) {
        return sign(token("admin", units.length == 0 ? new String[] {"*"} : units));
    }

    public static String viewer(String... units) {
        return sign(token("viewer", units));
    }

    public static String publisher(String... units) {
        return sign(token("publisher", units));
    }

    /** The Authorization header of a viewer of every unit: reads drafts and registers. */
    public static Header asViewer() {
        return bearer(viewer("*"));
    }

    /** The Authorization header of a publisher of these units. */
    public static Header asPublisherOf(String... units) {
        return bearer(publisher(units));
    }

    public static Header bearer(String jwt) {
        return new Header("Authorization", "Bearer " + jwt);
    }

    /** The Authorization header of an editor of these units, for given().header(…). */
    public static Header asEditorOf(String... units) {
        return bearer(editor(units));
    }
}
