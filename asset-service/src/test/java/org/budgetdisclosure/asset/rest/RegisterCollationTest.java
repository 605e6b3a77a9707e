package org.budgetdisclosure.asset.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.budgetdisclosure.asset.support.IcuCollationDatabase;
import org.budgetdisclosure.asset.support.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Register pages on a database whose default collation is not C (ICU en-US): every item comes back exactly once,
 * in byte order, whatever the page size. The page is sorted in byte order; a cursor compared in the database's
 * collation skipped items whose en-US order differs from their byte order.
 */
@QuarkusTest
@TestProfile(RegisterCollationTest.IcuCollated.class)
class RegisterCollationTest {

    public static class IcuCollated implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IcuCollationDatabase.class));
        }
    }

    /** Ids whose en-US order differs from their byte order: mixed case, digits against letters, hyphens, dots. */
    static final List<String> IDS = List.of("a", "B", "b-1", "B-2", "b_3", "b.4", "b1", "B1", "Z9", "z", "0",
            "9-", "-9", "1-1", "11", "1a", "A", "a-a", "aA", "AA", "Aa", "_x", "x_", "x.y", "X-Y", "xy");

    private static final Header EDITOR = Tokens.asEditorOf("99C*");
    private static final Header VIEWER = Tokens.asViewer();

    @ConfigProperty(name = IcuCollationDatabase.AVAILABLE)
    boolean icuDatabase;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void onAnIcuCollatedDatabase() throws SQLException {
        Assumptions.assumeTrue(icuDatabase, "the test server cannot make an ICU-collated database (PostgreSQL 15+ with ICU)");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datlocprovider, daticulocale FROM pg_database WHERE datname = current_database()")) {
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getString(2)).as("the service runs on the ICU database").isEqualTo("i en-US");
        }
    }

    @Test
    void shouldReturnEveryVehicleExactlyOnceInByteOrderWhateverThePageSize() {
        String unit = "99C001";
        StringBuilder body = new StringBuilder("{\"vehicles\":[");
        for (int i = 0; i < IDS.size(); i++) {
            body.append(i > 0 ? "," : "").append("{\"vehicleId\":\"").append(IDS.get(i)).append("\",\"category\":\"OTHER_OFFICIAL\"}");
        }
        given().header(EDITOR).contentType(ContentType.JSON).body(body.append("]}").toString())
                .put("/api/v1/assets/" + unit + "/vehicles").then().statusCode(204);
        for (int limit : new int[] {1, 2, 3, 7, 200}) {
            assertThat(pageThrough("/api/v1/assets/" + unit + "/vehicles", "items.vehicleId", limit))
                    .as("limit %d", limit).containsExactlyElementsOf(byteOrder());
        }
    }

    @Test
    void shouldReturnEveryEquipmentItemExactlyOnceInByteOrderWhateverThePageSize() {
        String unit = "99C002";
        StringBuilder body = new StringBuilder("{\"equipment\":[");
        for (int i = 0; i < IDS.size(); i++) {
            body.append(i > 0 ? "," : "").append("{\"equipmentId\":\"").append(IDS.get(i))
                    .append("\",\"name\":\"台式计算机\",\"originalValue\":\"5000.00\"}");
        }
        given().header(EDITOR).contentType(ContentType.JSON).body(body.append("]}").toString())
                .put("/api/v1/assets/" + unit + "/equipment").then().statusCode(204);
        for (int limit : new int[] {1, 2, 5, 200}) {
            assertThat(pageThrough("/api/v1/assets/" + unit + "/equipment", "items.equipmentId", limit))
                    .as("limit %d", limit).containsExactlyElementsOf(byteOrder());
        }
    }

    @Test
    void shouldServeThePageFromAnIndexInTheCollationItComparesIn() throws SQLException {
        for (String[] table : new String[][] {{"vehicle", "vehicle_id"}, {"equipment", "equipment_id"}}) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("SET enable_seqscan = off");
                st.execute("SET enable_sort = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = st.executeQuery("EXPLAIN " + org.budgetdisclosure.asset.repository.RegisterQueries
                        .pageSql(table[0], table[1], true).replace(":unit", "'99C001'").replace(":after", "'b'").replace(":limit", "3"))) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).as(table[0]).contains("Index").doesNotContain("Sort");
            }
        }
    }

    private static List<String> byteOrder() {
        // ASCII ids: UTF-16 order is byte order.
        return IDS.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static List<String> pageThrough(String url, String path, int limit) {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var request = given().header(VIEWER).queryParam("limit", limit);
            if (next != null) {
                request.queryParam("after", next);
            }
            Response page = request.get(url);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList(path, String.class));
            next = page.jsonPath().getString("next");
            assertThat(++pages).as("pages").isLessThanOrEqualTo(IDS.size() + 1);
        } while (next != null);
        return seen;
    }
}
