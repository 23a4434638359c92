package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** On PostgreSQL the schema comes from the same Flyway migrations, applied in full. */
class PostgresSchemaIT {

    @Test
    void migrationsAppliedToPostgres() throws SQLException {
        assumeTrue(Boolean.getBoolean("sealdesk.it.postgres"),
                "PostgreSQL suite is off: run with -Dsealdesk.it.postgres=true (needs PostgreSQL on 127.0.0.1:5432)");
        try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(PostgresTestDatabase.DATABASE),
                PostgresTestDatabase.DATABASE, PostgresTestDatabase.DATABASE);
             ResultSet failed = db.createStatement().executeQuery(
                     "SELECT count(*) FILTER (WHERE NOT success), count(*) FROM flyway_schema_history");
             ResultSet tables = db.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                     + "('account','sms_code','sms_outbox','seal_order','order_event','price_rule','order_document',"
                     + "'partner_app','order_seal','payment','refund','sandbox_trade','audit_event','staff_user',"
                     + "'staff_user_role','audit_chain_head')");
             ResultSet prices = db.createStatement().executeQuery("SELECT count(*) FROM price_rule")) {
            failed.next();
            assertEquals(0, failed.getInt(1), "no failed migration");
            tables.next();
            assertEquals(16, tables.getInt(1));
            prices.next();
            assertEquals(18, prices.getInt(1),
                    "the starting price table (V2; renewal V23, unlock V24, reissue V25, change V26, ukey replacement V28)");
        }
    }
}
