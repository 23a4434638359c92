package org.sealdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Creates empty databases and their role for the PostgreSQL suites before their servers start (run by
 * exec-maven-plugin): the integration tests' and the service tests'. Connects as PGUSER (default postgres)
 * to 127.0.0.1:5432.
 */
public final class PostgresTestDatabase {

    static final String DATABASE = "sealdesk_it";

    private PostgresTestDatabase() {
    }

    static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /**
     * {@code role password database…}: the role, and each database empty and owned by it. Databases an earlier
     * run gave the role (another benchmark's) go too, or the role could not be dropped.
     */
    public static void main(String[] args) throws SQLException {
        String role = args[0];
        String password = args[1];
        String admin = System.getenv().getOrDefault("PGUSER", "postgres");
        try (Connection db = DriverManager.getConnection(url("postgres"), admin, System.getenv("PGPASSWORD"));
             Statement sql = db.createStatement()) {
            List<String> owned = new ArrayList<>();
            try (ResultSet databases = sql.executeQuery("SELECT d.datname FROM pg_database d JOIN pg_roles r"
                    + " ON r.oid = d.datdba WHERE r.rolname = '" + role + "'")) {
                while (databases.next()) {
                    owned.add(databases.getString(1));
                }
            }
            owned.addAll(Arrays.asList(args).subList(2, args.length));
            for (String database : owned) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            sql.execute("DROP ROLE IF EXISTS " + role);
            sql.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            for (int i = 2; i < args.length; i++) {
                sql.execute("CREATE DATABASE " + args[i] + " OWNER " + role + " ENCODING 'UTF8' TEMPLATE template0");
                System.out.println("PostgreSQL test database " + args[i] + " created, owned by " + role);
            }
        } catch (SQLException e) {
            throw new SQLException("Cannot prepare the PostgreSQL test databases on 127.0.0.1:5432 as " + admin
                    + " (is PostgreSQL running?): " + e.getMessage(), e);
        }
    }
}
