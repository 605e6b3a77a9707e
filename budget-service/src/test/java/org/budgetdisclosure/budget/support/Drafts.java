package org.budgetdisclosure.budget.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Draft writes and reads as a client does them since the publication lifecycle: a draft is read with
 * {@code ?revision=draft} and a reader's token, an update carries If-Match with the ETag read, and publishing is
 * {@code PUT …/revisions/{latest + 1}} by a publisher.
 */
public final class Drafts {

    /** The seed's budget as a draft (the sample file says PUBLISHED, which only publishing reaches). */
    public static final String SAMPLE_BUDGET = SeedDocument.sample("budget-402001-2025.json").replace("\"PUBLISHED\"", "\"APPROVED\"");

    private Drafts() {
    }

    /** A request that reads the draft: a viewer of every unit, {@code ?revision=draft}. */
    public static RequestSpecification reader() {
        return Tokens.as(Tokens.viewer("*")).queryParam("revision", "draft");
    }

    /** The draft's (or unit's) current ETag, or null when there is none. */
    public static String etag(String path) {
        Response current = path.startsWith("/api/v1/units/") ? Tokens.asAdmin().get(path) : reader().get(path);
        return current.statusCode() == 200 ? current.header("ETag") : null;
    }

    /** PUT of a draft budget or a unit with the token, conditional on what is there now (If-Match, or a create). */
    public static Response put(String token, String path, String json) {
        String etag = etag(path);
        RequestSpecification request = Tokens.as(token).contentType(ContentType.JSON).body(json);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put(path);
    }

    public static Response put(String path, String json) {
        return put(Tokens.admin(), path, json);
    }

    /** DELETE with If-Match of what is there now. */
    public static Response delete(String token, String path) {
        String etag = etag(path);
        RequestSpecification request = Tokens.as(token);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.delete(path);
    }

    /** The sample unit and its 2025 budget as a draft (created or brought back to the seed). */
    public static void loadSample() {
        assertThat(put("/api/v1/units/402001", SeedDocument.sample("unit-402001.json")).statusCode()).isIn(200, 201);
        assertThat(put("/api/v1/budgets/402001/2025", SAMPLE_BUDGET).statusCode()).isIn(200, 201);
    }

    /** Publishes the draft as the next revision unless the latest revision already holds it; returns the revision number. */
    public static int publish(String unitCode, int year) {
        String base = "/api/v1/budgets/" + unitCode + "/" + year + "/revisions";
        Response revisions = Tokens.as(Tokens.publisher(unitCode)).get(base);
        assertThat(revisions.statusCode()).as(revisions.asString()).isEqualTo(200);
        Integer latest = revisions.path("latest");
        String draftHash = revisions.path("draftHash");
        if (latest != null && draftHash.equals(revisions.path("items[0].contentHash")) && "PUBLISHED".equals(revisions.path("items[0].state"))) {
            return latest;
        }
        int next = latest == null ? 1 : latest + 1;
        Response frozen = Tokens.as(Tokens.publisher(unitCode)).contentType(ContentType.JSON).body("{\"glossary\":[]}").put(base + "/" + next);
        assertThat(frozen.statusCode()).as(frozen.asString()).isEqualTo(201);
        return next;
    }
}
