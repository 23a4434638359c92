package org.sealdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates an empty database and role for the PostgreSQL integration suite before its server
 * starts (run by exec-maven-plugin). Connects as PGUSER (default postgres) to 127.0.0.1:5432.
 */
public final class PostgresTestDatabase {

    static final String DATABASE = "sealdesk_it";

    private PostgresTestDatabase() {
    }

    static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public static void main(String[] args) throws SQLException {
        String database = args[0];
        String role = args[1];
        String password = args[2];
        String admin = System.getenv().getOrDefault("PGUSER", "postgres");
        try (Connection db = DriverManager.getConnection(url("postgres"), admin, System.getenv("PGPASSWORD"));
             Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("DROP ROLE IF EXISTS " + role);
            sql.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            sql.execute("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new SQLException("Cannot prepare the PostgreSQL test database on 127.0.0.1:5432 as " + admin
                    + " (is PostgreSQL running?): " + e.getMessage(), e);
        }
        System.out.println("PostgreSQL test database " + database + " created, owned by " + role);
    }
}
