package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealdesk.audit.AuditChainCheck;

/**
 * Tampering with the audit table itself, in the PostgreSQL server's database (the embedded server's
 * file is locked by its server): an edited and a deleted row are reported by the command-line check
 * and by the REST check, and the chain is whole again once the row is restored. Runs in the
 * PostgreSQL suite only (see the failsafe executions).
 */
class PostgresAuditTamperIT {

    private static final String URL = PostgresTestDatabase.url(PostgresTestDatabase.DATABASE);

    @Test
    void anEditedOrDeletedRowIsReportedByTheCommandLineAndRestCheck() throws SQLException {
        FacesClient admin = Staff.create("ADMIN").signedIn();
        admin.get("/staff/audit.xhtml"); // a few more chained rows: the sign-in, the viewer
        assertEquals(AuditChainCheck.INTACT, check().status(), check().output());

        try (Connection db = DriverManager.getConnection(URL, PostgresTestDatabase.DATABASE, PostgresTestDatabase.DATABASE)) {
            long seq = scalar(db, "SELECT max(seq) - 1 FROM audit_event");
            String detail = text(db, "SELECT detail FROM audit_event WHERE seq = " + seq);
            try {
                execute(db, "UPDATE audit_event SET detail = 'nothing happened' WHERE seq = " + seq);
                Result edited = check();
                assertEquals(AuditChainCheck.BROKEN, edited.status(), edited.output());
                assertTrue(edited.output().contains("audit chain broken at row " + seq + ": content changed"),
                        edited.output());
                assertRestCheckNames(admin, seq, "content changed");
            } finally {
                try (PreparedStatement restore = db.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
                    restore.setString(1, detail);
                    restore.setLong(2, seq);
                    restore.executeUpdate();
                }
            }
            assertEquals(AuditChainCheck.INTACT, check().status(), check().output());

            execute(db, "CREATE TEMPORARY TABLE deleted_audit AS SELECT * FROM audit_event WHERE seq = " + seq);
            try {
                execute(db, "DELETE FROM audit_event WHERE seq = " + seq);
                Result deleted = check();
                assertEquals(AuditChainCheck.BROKEN, deleted.status(), deleted.output());
                assertTrue(deleted.output().contains("audit chain broken at row " + seq + ": missing"), deleted.output());
                assertRestCheckNames(admin, seq, "missing");
            } finally {
                execute(db, "INSERT INTO audit_event SELECT * FROM deleted_audit");
            }
            Result restored = check();
            assertEquals(AuditChainCheck.INTACT, restored.status(), restored.output());
            assertTrue(admin.get("/staff/api/audit-chain").body().contains("\"intact\":true"));
        }
    }

    @Test
    void theCommandLineExplainsItselfAndFailsClearlyWithoutADatabase() {
        Result help = run("--help");
        assertEquals(AuditChainCheck.INTACT, help.status());
        assertTrue(help.output().contains("Usage:") && help.output().contains("SEALDESK_DB_PASSWORD"), help.output());
        Result unreachable = run("jdbc:postgresql://127.0.0.1:1/none", "nobody");
        assertEquals(AuditChainCheck.FAILED, unreachable.status(), unreachable.output());
        assertTrue(unreachable.output().startsWith("audit chain not checked:"), unreachable.output());
    }

    /** GET /staff/api/audit-chain answers 409 and names the broken row and what is wrong with it. */
    private static void assertRestCheckNames(FacesClient admin, long seq, String problem) {
        HttpResponse<String> answer = admin.get("/staff/api/audit-chain");
        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"intact\":false") && answer.body().contains("\"firstBrokenSeq\":" + seq)
                && answer.body().contains("\"problem\":\"" + problem), answer.body());
    }

    private record Result(int status, String output) {
    }

    private static Result check() {
        return run(URL, PostgresTestDatabase.DATABASE);
    }

    private static Result run(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = AuditChainCheck.run(args, Map.of("SEALDESK_DB_PASSWORD", PostgresTestDatabase.DATABASE),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Result(status, output.toString(StandardCharsets.UTF_8));
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
