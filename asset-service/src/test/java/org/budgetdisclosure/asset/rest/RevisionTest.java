package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The publication lifecycle of the asset part (docs/publication.md): drafts hidden, revisions frozen byte for
 * byte, replays, wrong numbers, findings, withdrawal, ?revision= with its headers.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RevisionTest {

    private static final Header EDITOR = Tokens.asEditorOf("995*");
    private static final Header PUBLISHER = Tokens.asPublisherOf("995*");
    private static final Header VIEWER = Tokens.bearer(Tokens.viewer("995*"));

    private static String base(String unit) {
        return "/api/v1/assets/" + unit + "/2025";
    }

    /** A complete draft without error findings. */
    private static void stateEverything(String unit, String officeSpace) {
        put(base(unit) + "/statement", "{\"unitName\":\"测试局\",\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"" + officeSpace + "\"}");
        put(base(unit) + "/procurement", "{\"items\":[{\"type\":\"GOODS\",\"description\":\"电脑\",\"amount\":\"3800.00\"}]}");
        put(base(unit) + "/purchased-services", "{\"none\":true,\"note\":\"无\"}");
    }

    /** A draft write as a client that read first: If-Match with the ETag it read, when the resource exists. */
    private static void put(String url, String body) {
        Response current = given().header(VIEWER).queryParam("revision", "draft").get(url);
        var request = given().header(EDITOR).contentType(ContentType.JSON).body(body);
        if (current.statusCode() == 200) {
            request.header("If-Match", current.header("ETag"));
        }
        request.put(url).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static Response publish(String unit, int n) {
        return given().header(PUBLISHER).put(base(unit) + "/revisions/" + n);
    }

    @Test
    void anonymousReadersNeverSeeADraftAndGetTheSame404AsForNothing() {
        String unit = "995001";
        stateEverything(unit, "100.00");
        for (String path : List.of("", "/statement", "/procurement", "/purchased-services", "/grids/vehicles",
                "/grids/assets", "/grids/procurement")) {
            Response draft = given().get(base(unit) + path);
            Response nothing = given().get("/api/v1/assets/995999/2025" + path);
            draft.then().statusCode(404).contentType("application/problem+json");
            assertThat(draft.jsonPath().getString("type")).isEqualTo(nothing.jsonPath().getString("type"));
            assertThat(draft.jsonPath().getString("detail"))
                    .isEqualTo(nothing.jsonPath().getString("detail").replace("995999", unit));
            given().queryParam("revision", "draft").get(base(unit) + path).then().statusCode(404);
            given().queryParam("revision", "1").get(base(unit) + path).then().statusCode(404);
            given().header(Tokens.bearer(Tokens.viewer("402001"))).queryParam("revision", "draft").get(base(unit) + path)
                    .then().statusCode(404);
            given().header(Tokens.bearer(Tokens.token("auditor", "*").sign(Tokens.KEYS.getPrivate())))
                    .queryParam("revision", "draft").get(base(unit) + path).then().statusCode(404);
            given().header(VIEWER).queryParam("revision", "draft").get(base(unit) + path).then().statusCode(200)
                    .header("Cache-Control", "private, no-store").header(ReadsHeader.NAME, nullValue());
        }
        given().get(base(unit) + "/revisions").then().statusCode(404);
        given().header(VIEWER).get(base(unit) + "/revisions").then().statusCode(200)
                .body("latest", nullValue()).body("draftHash", startsWith("sha256:"));
    }

    @Test
    void aTokenThatDoesNotVerifyOnADraftReadIs401() {
        String unit = "995002";
        stateEverything(unit, "100.00");
        String expired = Tokens.sign(Tokens.token("viewer", unit).validBetween(java.time.Instant.now().minusSeconds(7200),
                java.time.Instant.now().minusSeconds(3600)));
        given().header(Tokens.bearer(expired)).queryParam("revision", "draft").get(base(unit)).then().statusCode(401)
                .contentType("application/problem+json");
        given().header(Tokens.bearer(expired)).get("/api/v1/assets/" + unit + "/vehicles").then().statusCode(401);
    }

    @Test
    void publishingFreezesTheDraftByteForByteAndLaterEditsDoNotReachIt() {
        String unit = "995003";
        stateEverything(unit, "100.00");
        String draftSnapshot = given().header(VIEWER).queryParam("revision", "draft").get(base(unit)).asString();

        Response created = publish(unit, 1);
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(base(unit) + "/revisions/1"))
                .body("revision", equalTo(1)).body("state", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("asset-service-test")).body("contentHash", startsWith("sha256:"))
                .body("changes.previousRevision", nullValue()).body("withdrawal", nullValue());
        String hash = created.jsonPath().getString("contentHash");

        Response revision = given().get(base(unit) + "/revisions/1");
        revision.then().statusCode(200).header(ReadsHeader.NAME, "1");
        String content = revision.jsonPath().prettify();
        byte[] revisionBytes = revision.asByteArray();
        String latest = given().get(base(unit)).then().statusCode(200).header(ReadsHeader.NAME, "1")
                .header("Cache-Control", "public, max-age=60").extract().asString();
        String explicit = given().queryParam("revision", "1").get(base(unit)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable").extract().asString();
        assertThat(latest).isEqualTo(draftSnapshot).isEqualTo(explicit);
        Map<String, String> members = Map.of("/statement", "statement", "/procurement", "procurement",
                "/purchased-services", "purchasedServices", "/grids/vehicles", "grids.vehicles",
                "/grids/assets", "grids.assets", "/grids/procurement", "grids.procurement");
        Map<String, String> before = new java.util.HashMap<>();
        for (var member : members.entrySet()) {
            String draft = given().header(VIEWER).queryParam("revision", "draft").get(base(unit) + member.getKey()).asString();
            String frozen = given().queryParam("revision", "1").get(base(unit) + member.getKey()).then().statusCode(200)
                    .extract().asString();
            assertThat(frozen).as(member.getKey()).isEqualTo(draft);
            before.put(member.getKey(), frozen);
        }
        assertThat(org.budgetdisclosure.asset.ContentHash.of(
                new String(revisionBytes, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("(?s)^.*\"content\":", "").replaceFirst("}$", ""))).isEqualTo(hash);

        // The draft changes: the revision does not.
        stateEverything(unit, "999.99");
        put(base(unit) + "/procurement", "{\"items\":[{\"type\":\"WORKS\",\"description\":\"修缮\",\"amount\":\"1.00\"}]}");
        assertThat(given().get(base(unit) + "/revisions/1").asByteArray()).isEqualTo(revisionBytes);
        assertThat(given().get(base(unit) + "/revisions/1").jsonPath().prettify()).isEqualTo(content);
        assertThat(given().get(base(unit)).asString()).isEqualTo(latest);
        for (String path : members.keySet()) {
            assertThat(given().queryParam("revision", "1").get(base(unit) + path).asString()).as(path).isEqualTo(before.get(path));
        }
        assertThat(given().header(VIEWER).queryParam("revision", "draft").get(base(unit)).jsonPath()
                .getString("buildings.officeSpace")).isEqualTo("999.99");
    }

    @Test
    void theSecondPublishIsAReplayUntilTheDraftChangesThenTheNextRevisionListsWhatChanged() {
        String unit = "995004";
        stateEverything(unit, "100.00");
        publish(unit, 1).then().statusCode(201);
        publish(unit, 1).then().statusCode(200).body("revision", equalTo(1));
        given().header(PUBLISHER).header("If-None-Match", "*").put(base(unit) + "/revisions/1").then().statusCode(412)
                .contentType("application/problem+json");
        publish(unit, 3).then().statusCode(409).body("type", equalTo("urn:budget-disclosure:problem:conflict"))
                .body("errors[0].field", equalTo("n")).body("errors[0].reason", equalTo("expected 2"));
        var list = given().header(VIEWER).get(base(unit) + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("draftHash")).isEqualTo(list.getString("items[0].contentHash"));

        stateEverything(unit, "120.50");
        publish(unit, 1).then().statusCode(409).body("errors[0].reason", equalTo("expected 2"));
        Response second = publish(unit, 2);
        second.then().statusCode(201).body("changes.previousRevision", equalTo(1));
        List<Map<String, Object>> items = second.jsonPath().getList("changes.items");
        assertThat(items).extracting(i -> i.get("path")).contains("$.snapshot.buildings.officeSpace", "$.statement.officeSpace");
        assertThat(items).filteredOn(i -> i.get("path").equals("$.statement.officeSpace"))
                .extracting(i -> i.get("before"), i -> i.get("after"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("100.00", "120.50"));
        assertThat(second.jsonPath().getInt("changes.count")).isEqualTo(items.size());
        assertThat(second.jsonPath().getBoolean("changes.truncated")).isFalse();

        var anonymousList = given().get(base(unit) + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(anonymousList.getInt("latest")).isEqualTo(2);
        assertThat(anonymousList.getMap("")).doesNotContainKey("draftHash");
        assertThat(anonymousList.getList("items.revision")).containsExactly(2, 1);
        given().header(PUBLISHER).delete(base(unit) + "/revisions/1").then().statusCode(409);
        given().queryParam("revision", "1").get(base(unit) + "/statement").then().body("officeSpace", equalTo("100.00"));
        given().get(base(unit) + "/statement").then().body("officeSpace", equalTo("120.50"));
    }

    @Test
    void aDraftWithErrorFindingsIsNotFrozen() {
        String unit = "995005";
        put(base(unit) + "/statement", "{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"1.00\"}");
        publish(unit, 1).then().statusCode(409).contentType("application/problem+json")
                .body("errors.reason", org.hamcrest.Matchers.hasItem(startsWith("PROCUREMENT_PLAN_MISSING")));
        given().header(VIEWER).get(base(unit) + "/revisions").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aUnitYearWithNoAssetDataAtAllIsFrozenAsTheEmptyPart() {
        String unit = "995006";
        given().header(VIEWER).queryParam("revision", "draft").get(base(unit)).then().statusCode(404);
        publish(unit, 1).then().statusCode(201);
        var revision = given().get(base(unit) + "/revisions/1").then().statusCode(200).extract().jsonPath();
        assertThat(revision.getMap("content")).containsEntry("snapshot", null).containsEntry("statement", null)
                .containsEntry("procurement", null).containsEntry("purchasedServices", null);
        assertThat(revision.getMap("content.grids")).containsEntry("vehicles", null).containsEntry("assets", null)
                .containsEntry("procurement", null);
        // A missing member of a revision is the same 404 as the missing resource.
        Response frozen = given().get(base(unit));
        frozen.then().statusCode(404);
        assertThat(frozen.jsonPath().getString("detail")).isEqualTo("Nothing is stated for unit " + unit + " in 2025");
        given().get(base(unit) + "/statement").then().statusCode(404);
        publish(unit, 1).then().statusCode(200);
    }

    @Test
    void aWithdrawnRevisionStaysReadableWithItsNoticeAndLatestFallsBack() {
        String unit = "995007";
        stateEverything(unit, "100.00");
        publish(unit, 1).then().statusCode(201);
        stateEverything(unit, "200.00");
        publish(unit, 2).then().statusCode(201);
        given().header(PUBLISHER).contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post(base(unit) + "/revisions/2/withdrawal").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        given().header(PUBLISHER).contentType(ContentType.JSON).body("{\"reason\":\"" + "x".repeat(2001) + "\"}")
                .post(base(unit) + "/revisions/2/withdrawal").then().statusCode(422);
        given().header(PUBLISHER).contentType(ContentType.JSON).body("{\"reason\":\"录入错误\"}")
                .post(base(unit) + "/revisions/9/withdrawal").then().statusCode(404);
        Response withdrawn = given().header(PUBLISHER).contentType(ContentType.JSON).body("{\"reason\":\"录入错误\"}")
                .post(base(unit) + "/revisions/2/withdrawal");
        withdrawn.then().statusCode(200).body("state", equalTo("WITHDRAWN")).body("withdrawal.reason", equalTo("录入错误"))
                .body("withdrawal.by", equalTo("asset-service-test"));
        given().header(PUBLISHER).contentType(ContentType.JSON).body("{\"reason\":\"another reason\"}")
                .post(base(unit) + "/revisions/2/withdrawal").then().statusCode(200)
                .body("withdrawal.reason", equalTo("录入错误"))
                .body("withdrawal.at", equalTo(withdrawn.jsonPath().getString("withdrawal.at")));

        given().get(base(unit) + "/statement").then().statusCode(200).header(ReadsHeader.NAME, "1")
                .body("officeSpace", equalTo("100.00"));
        given().queryParam("revision", "2").get(base(unit) + "/statement").then().statusCode(200)
                .body("officeSpace", equalTo("200.00"));
        given().get(base(unit) + "/revisions/2").then().statusCode(200).body("state", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("录入错误"));
        // Numbers are never reused: the next publish is 3.
        given().header(VIEWER).get(base(unit) + "/revisions").then().body("latest", equalTo(2));
        publish(unit, 2).then().statusCode(200);
        stateEverything(unit, "300.00");
        publish(unit, 3).then().statusCode(201);
    }

    @Test
    void revisionReadsRefuseAsOfParametersAndABadRevision() {
        String unit = "995008";
        stateEverything(unit, "100.00");
        publish(unit, 1).then().statusCode(201);
        String frozen = given().queryParam("revision", "1").get(base(unit)).asString();
        // There is no as-of parameter: the snapshot's as-of date is the statement's, frozen with it. One sent anyway
        // is refused naming it (the platform contract: unknown query parameters are 400), never silently ignored.
        given().queryParam("revision", "1").queryParam("asOf", "2020-01-01").get(base(unit)).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOfDate", "2020-01-01").get(base(unit)).then().statusCode(400)
                .body("errors[0].field", equalTo("asOfDate"));
        assertThat(given().queryParam("revision", "1").get(base(unit)).asString()).isEqualTo(frozen);
        for (String bad : List.of("0", "first", "1.0", "-1")) {
            given().queryParam("revision", bad).get(base(unit)).then().statusCode(400)
                    .body("errors[0].field", equalTo("revision"));
        }
    }

    @Test
    void validationIsOfTheDraftForItsReadersOnly() {
        String unit = "995009";
        stateEverything(unit, "100.00");
        given().get(base(unit) + "/validation").then().statusCode(404);
        given().header(Tokens.bearer(Tokens.viewer("402001"))).get(base(unit) + "/validation").then().statusCode(404);
        given().header(VIEWER).get(base(unit) + "/validation").then().statusCode(200).body("publishable", equalTo(true))
                .header("Cache-Control", "private, no-store");
        given().header(VIEWER).queryParam("revision", "draft").get(base(unit) + "/validation").then().statusCode(200);
        given().header(VIEWER).queryParam("revision", "1").get(base(unit) + "/validation").then().statusCode(400);
    }

    @Test
    void registersAreWorkingDataForTheUnitsReadersOnly() {
        String unit = "995010";
        given().header(EDITOR).contentType(ContentType.JSON).body("{\"category\":\"OTHER_OFFICIAL\",\"plateNumber\":\"晋D·R0001\"}")
                .put("/api/v1/assets/" + unit + "/vehicles/V-1").then().statusCode(201);
        for (String path : List.of("/vehicles", "/vehicles/V-1", "/equipment", "/vehicles/V-404")) {
            given().get("/api/v1/assets/" + unit + path).then().statusCode(404).contentType("application/problem+json");
            given().header(Tokens.bearer(Tokens.viewer("402001"))).get("/api/v1/assets/" + unit + path).then().statusCode(404);
        }
        given().header(VIEWER).get("/api/v1/assets/" + unit + "/vehicles").then().statusCode(200)
                .body("items.vehicleId", equalTo(List.of("V-1"))).header("ETag", org.hamcrest.Matchers.notNullValue());
        given().header(VIEWER).get("/api/v1/assets/" + unit + "/vehicles/V-1").then().statusCode(200);
    }

    /** The response header that names the revision served. */
    private static final class ReadsHeader {
        static final String NAME = "Publication-Revision";
    }
}
