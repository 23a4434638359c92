package org.sealdesk.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The command-line audit check: walks the hash chain straight from the database, without the
 * server, so an auditor can check a copy of the database too. Exit status 0 intact, 1 broken,
 * 2 could not check. The password comes from SEALDESK_DB_PASSWORD, never from the command line.
 *
 * <pre>java -cp sealdesk-persistence.jar:postgresql.jar org.sealdesk.audit.AuditChainCheck JDBC_URL [USER]</pre>
 */
public final class AuditChainCheck {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int FAILED = 2;
    static final String PASSWORD_VARIABLE = "SEALDESK_DB_PASSWORD";
    private static final String ROWS = "SELECT seq, occurred_at, actor, action, subject, outcome, source, detail, "
            + "prev_hash, hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq";

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    /** @return the exit status */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            out.println("Usage: java -cp sealdesk-persistence.jar:JDBC_DRIVER.jar " + AuditChainCheck.class.getName()
                    + " JDBC_URL [USER]   (password in " + PASSWORD_VARIABLE + ")");
            out.println("Walks the audit log's hash chain; exit 0 intact, 1 broken (first broken row named), 2 failed.");
            return args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")) ? INTACT : FAILED;
        }
        try (Connection db = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : null,
                environment.get(PASSWORD_VARIABLE))) {
            AuditChain.Verification result = verify(db);
            out.println(result);
            return result.intact() ? INTACT : BROKEN;
        } catch (SQLException | IllegalStateException e) {
            out.println("audit chain not checked: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Reads the chain head and streams the chained rows through {@link AuditChain#verify}, in one read-only
     * transaction that sees one snapshot (rows chained meanwhile by a server are not half seen). Rows not chained
     * yet — written within the last second or so — are not checked.
     */
    public static AuditChain.Verification verify(Connection db) throws SQLException {
        db.setAutoCommit(false); // lets PostgreSQL stream rows by the fetch size
        db.setReadOnly(true);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            long headSeq = 0;
            String headHash = null;
            try (ResultSet head = db.createStatement().executeQuery(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                if (head.next()) {
                    headSeq = head.getLong(1);
                    headHash = head.getString(2);
                }
            }
            try (PreparedStatement query = db.prepareStatement(ROWS)) {
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    return AuditChain.verify(() -> new RowIterator(rows), headSeq, headHash);
                }
            }
        } finally {
            db.rollback();
        }
    }

    /** The result set as chain rows, read one at a time. */
    private static final class RowIterator implements Iterator<ChainRow> {

        private final ResultSet rows;
        private Boolean hasNext;

        RowIterator(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rows.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("reading the audit rows failed: " + e.getMessage(), e);
                }
            }
            return hasNext;
        }

        @Override
        public ChainRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return new ChainRow(rows.getLong("seq"), rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rows.getString("actor"), rows.getString("action"), rows.getString("subject"),
                        rows.getString("outcome"), rows.getString("source"), rows.getString("detail"),
                        rows.getString("prev_hash"), rows.getString("hash"));
            } catch (SQLException e) {
                throw new IllegalStateException("reading an audit row failed: " + e.getMessage(), e);
            }
        }
    }
}
