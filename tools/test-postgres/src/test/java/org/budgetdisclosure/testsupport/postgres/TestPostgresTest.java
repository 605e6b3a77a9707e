package org.budgetdisclosure.testsupport.postgres;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPostgresTest {

    @Test
    void aPortNobodyListensOnDoesNotCountAsAServer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertFalse(TestPostgres.answers("127.0.0.1", port));
    }

    @Test
    void whenNoServerAnswersTheTestsStillGetARealPostgres() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TestPostgres.Server server = TestPostgres.choose(Map.of("TEST_PGPORT", String.valueOf(closedPort))::get);

        assertNotEquals(TestPostgres.Origin.LOCAL, server.origin());
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1.10::numeric(18,2) + 2.205::numeric(18,2)")) {
            assertTrue(rs.next());
            assertEquals("3.31", rs.getBigDecimal(1).toPlainString());
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabaseCreatedOnce() throws Exception {
        String first = TestPostgres.database("test_postgres_selftest");
        String again = TestPostgres.database("test_postgres_selftest");

        assertEquals(first, again);
        TestPostgres.Server server = TestPostgres.server();
        try (Connection connection = DriverManager.getConnection(first, server.user(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            assertTrue(rs.next());
            assertEquals("test_postgres_selftest", rs.getString(1));
        }
    }
}
