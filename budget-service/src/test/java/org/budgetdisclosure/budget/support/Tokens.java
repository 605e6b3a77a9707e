package org.budgetdisclosure.budget.support;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.budgetdisclosure.identity.DevIdentity;
import org.budgetdisclosure.identity.DevIdentity.Token;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Bearer tokens signed with the test-only key pair the test profile verifies with (docs/identity.md), and
 * RestAssured requests that carry them: {@code Tokens.asEditor("402001").body(...).put(...)}.
 */
public final class Tokens {

    public static final KeyPair KEYS = DevIdentity.testKeys();
    private static final Duration VALID_FOR = Duration.ofHours(1);

    private Tokens() {
    }

    /** A token as the identity provider would issue it, not yet signed: change one thing with a wither. */
    public static Token token(String role, String... units) {
        return DevIdentity.token("budget-service-tests", List.of(role), List.of(units), VALID_FOR);
    }

    public static String signed(Token token) {
        return token.sign(KEYS.getPrivate());
    }

    /** An editor of the given units (exact codes, prefixes ending in *, or *). */
    public static String editor(String... units) {
        return signed(token("editor", units));
    }

    /** An admin of every unit. */
    public static String admin() {
        return signed(token("admin", "*"));
    }

    /** A publisher of the given units: publishes budgets, changes and deletes published ones. */
    public static String publisher(String... units) {
        return signed(token("publisher", units));
    }

    public static String viewer(String... units) {
        return signed(token("viewer", units));
    }

    /** A request with {@code Authorization: Bearer <token>}. */
    public static RequestSpecification as(String token) {
        return given().spec(new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build());
    }

    public static RequestSpecification asEditor(String unitCode) {
        return as(editor(unitCode));
    }

    public static RequestSpecification asAdmin() {
        return as(admin());
    }
}
