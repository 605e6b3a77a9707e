package org.budgetdisclosure.asset.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.budgetdisclosure.testsupport.postgres.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database whose default collation is not C: ICU {@code en-US} (PostgreSQL 15+ built with ICU), made anew for
 * each run on the tests' server. Production databases are created with whatever locale the server has, and en-US
 * orders {@code a} before {@code B}, digits and hyphens differently from byte order, so a query that sorts in one
 * collation and compares in another shows it here. Where the server cannot make such a database (PostgreSQL 14,
 * the embedded server, has no ICU database locales) the application runs on the ordinary test database and
 * {@value #AVAILABLE} is false: the test that needs it is skipped, saying why.
 */
public class IcuCollationDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "asset_test_icu";
    public static final String AVAILABLE = "asset.test.icu-collation";

    @Override
    public Map<String, String> start() {
        TestPostgres.Server s = TestPostgres.server();
        try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres"), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
        } catch (SQLException e) {
            System.err.println("[asset-test] no ICU-collated database on this server (" + e.getMessage()
                    + "): the collation test is skipped");
            Map<String, String> plain = new java.util.HashMap<>(TestPostgres.datasourceProperties(PostgresTestResource.DATABASE));
            plain.put(AVAILABLE, "false");
            return plain;
        }
        return Map.of("quarkus.datasource.jdbc.url", s.jdbcUrl(DATABASE),
                "quarkus.datasource.username", s.user(),
                "quarkus.datasource.password", s.password(),
                AVAILABLE, "true");
    }

    @Override
    public void stop() {
        // Left for the next run to drop: the server may be shared, and dropping needs no open connections.
    }
}
