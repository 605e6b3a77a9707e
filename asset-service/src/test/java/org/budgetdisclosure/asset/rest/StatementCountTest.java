package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.SampleLoader;
import org.budgetdisclosure.asset.support.Tokens;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading an aggregate takes a constant number of SQL statements, whatever its size (no N+1): the seed's
 * unit and a large unit-year (200 vehicles, 200 equipment items, 50 procurement items, 30 purchased-service
 * entries) are read through the real HTTP path with Hibernate statistics on (test profile).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StatementCountTest {

    /** These tests state the draft's behaviour: plain reads are a viewer's draft reads, writes send the ETag read. */
    @org.junit.jupiter.api.BeforeAll
    static void readAndWriteTheDraft() {
        org.budgetdisclosure.asset.support.Drafts.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void plainRequestsAgain() {
        org.budgetdisclosure.asset.support.Drafts.uninstall();
    }

    private static final Logger LOG = Logger.getLogger(StatementCountTest.class);

    /** Statement, quota, floor areas, vehicles, equipment, plan, items, catalogue, entries: 9 at most. */
    static final long SNAPSHOT_BOUND = 9;
    /** One query for the page, one for the whole register's ETag (what a whole-register PUT's If-Match names). */
    static final long PAGE_BOUND = 2;

    private static final String LARGE = "880001";
    /** Every write sends the token of an editor of the units this test writes (docs/identity.md). */
    private static final Header EDITOR = Tokens.asEditorOf(LARGE);

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void loadTheSampleAndALargeUnit() {
        SampleLoader.loadAll();
        put("/api/v1/assets/" + LARGE + "/vehicles", "{\"vehicles\":[" + IntStream.rangeClosed(1, 200)
                .mapToObj(i -> "{\"vehicleId\":\"V%03d\",\"plateNumber\":\"晋D%05d\",\"category\":\"%s\",\"acquisitionDate\":\"2020-01-01\",\"originalValue\":\"150000.00\"}"
                        .formatted(i, i, i % 2 == 0 ? "LAW_ENFORCEMENT" : "OTHER_OFFICIAL"))
                .collect(Collectors.joining(",")) + "]}");
        put("/api/v1/assets/" + LARGE + "/equipment", "{\"equipment\":[" + IntStream.rangeClosed(1, 200)
                .mapToObj(i -> "{\"equipmentId\":\"E%03d\",\"name\":\"设备%d\",\"originalValue\":\"%d.00\"}"
                        .formatted(i, i, i * 10_000))
                .collect(Collectors.joining(",")) + "]}");
        put("/api/v1/assets/" + LARGE + "/2025/statement", """
                {"asOfDate":"2025-05-14","officeSpace":"1200.50",
                 "vehicleQuota":[{"category":"LAW_ENFORCEMENT","allowed":120},{"category":"OTHER_OFFICIAL","allowed":100}],
                 "otherFloorAreas":[{"name":"业务用房","area":"300.00"},{"name":"附属用房","area":"80.25"}]}""");
        put("/api/v1/assets/" + LARGE + "/2025/procurement", "{\"items\":[" + IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "{\"type\":\"%s\",\"description\":\"采购项目%d\",\"amount\":\"%d.00\"}"
                        .formatted(i % 3 == 0 ? "SERVICES" : "GOODS", i, i * 1000))
                .collect(Collectors.joining(",")) + "]}");
        put("/api/v1/assets/" + LARGE + "/2025/purchased-services", "{\"none\":false,\"entries\":[" + IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "{\"code\":\"B%04d\",\"name\":\"服务事项%d\"}".formatted(i, i))
                .collect(Collectors.joining(",")) + "]}");
    }

    @Test
    void loadingTheSampleSnapshotAndALargeOneTakesTheSameSmallNumberOfStatements() {
        long sample = statementsFor("/api/v1/assets/402001/2025");
        long large = statementsFor("/api/v1/assets/" + LARGE + "/2025");
        var s = given().get("/api/v1/assets/" + LARGE + "/2025").then().statusCode(200).extract().jsonPath();
        assertThat(s.getInt("vehicles.actual")).isEqualTo(200);
        assertThat(s.getString("procurement.total")).isEqualTo("1275000.00");
        assertThat(s.getList("purchasedServices.entries")).hasSize(30);
        assertThat(sample).isLessThanOrEqualTo(SNAPSHOT_BOUND);
        assertThat(large).isLessThanOrEqualTo(SNAPSHOT_BOUND).isEqualTo(sample);
    }

    @Test
    void listingARegisterPageTakesTwoStatementsWhateverItsSize() {
        long sample = statementsFor("/api/v1/assets/402001/vehicles?limit=200");
        long large = statementsFor("/api/v1/assets/" + LARGE + "/vehicles?limit=200");
        long largeEquipment = statementsFor("/api/v1/assets/" + LARGE + "/equipment?limit=200");
        assertThat(given().get("/api/v1/assets/" + LARGE + "/equipment?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items")).hasSize(200);
        assertThat(sample).isLessThanOrEqualTo(PAGE_BOUND);
        assertThat(large).isLessThanOrEqualTo(PAGE_BOUND);
        assertThat(largeEquipment).isLessThanOrEqualTo(PAGE_BOUND);
    }

    @Test
    void validatingALargeUnitYearTakesTheSameNumberOfStatementsAsTheSample() {
        long sample = statementsFor("/api/v1/assets/402001/2025/validation");
        long large = statementsFor("/api/v1/assets/" + LARGE + "/2025/validation");
        assertThat(large).isLessThanOrEqualTo(SNAPSHOT_BOUND).isEqualTo(sample);
    }

    private long statementsFor(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        long count = statistics.getPrepareStatementCount();
        LOG.infof("GET %s: %d SQL statements", path, count);
        return count;
    }

    private static void put(String path, String body) {
        given().header(EDITOR).contentType(ContentType.JSON).body(body).put(path).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201, 204));
    }
}
