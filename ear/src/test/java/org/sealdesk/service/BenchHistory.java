package org.sealdesk.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A PostgreSQL database filled the way years of service fill it, for the staff-list benchmark: the same few thousand
 * orders waiting (review, production, shipping, payment, parcels out, invoices to issue), and behind them finished
 * orders — delivered, closed unpaid, completed online, refunded, abandoned drafts — with their payments, refunds and
 * three audit records each, one every 90 seconds back in time. Written with SQL for speed; ids from 10⁹ up, clear of
 * the sequences the application draws from.
 */
final class BenchHistory {

    static final int WAITING = 3_000;
    private static final long BASE = 1_000_000_000L;
    private static final int ACCOUNTS = 5_000;

    private final DataSource database;
    private int orders;

    BenchHistory(DataSource database) {
        this.database = database;
    }

    /** Adds finished orders (and, the first time, accounts and the waiting orders) until there are {@code total}. */
    void growTo(int total) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            if (orders == 0) {
                run(connection, ACCOUNTS_SQL, 1, ACCOUNTS);
                run(connection, WAITING_ORDERS_SQL, 1, WAITING);
                run(connection, WAITING_SEALS_SQL, 1, WAITING);
                run(connection, WAITING_PAYMENTS_SQL, 1, WAITING);
                run(connection, PARCELS_SQL, 1, WAITING);
                run(connection, INVOICES_SQL, 1, WAITING);
                orders = WAITING;
            }
            run(connection, FINISHED_ORDERS_SQL, orders + 1, total);
            run(connection, FINISHED_PAYMENTS_SQL, orders + 1, total);
            run(connection, REFUNDS_SQL, orders + 1, total);
            run(connection, AUDIT_SQL, orders + 1, total);
            orders = total;
        }
    }

    /** What autovacuum does after bulk changes: dead row versions gone, statistics current. */
    void settle() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE");
        }
    }

    private static void run(Connection connection, String sql, long first, long last) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.replace("BASE", Long.toString(BASE)))) {
            statement.setLong(1, first);
            statement.setLong(2, last);
            statement.executeUpdate();
        }
    }

    private static final String ACCOUNTS_SQL = """
            INSERT INTO account (id, mobile, password_hash, created_at, real_name, version)
            SELECT BASE + g, '19' || lpad(g::text, 9, '0'), 'bench', now() - interval '4 years', '用户' || g, 0
            FROM generate_series(?::bigint, ?::bigint) g""";

    private static final String ORDER_INSERT = """
            INSERT INTO seal_order (id, number, kind, status, account_id, validity_years, amount_fen, created_at,
                submitted_at, review_requested_at, resubmitted, version, unit_name, credit_code, legal_rep_name,
                recipient_name, recipient_mobile, province, city, district, street_address)
            """;

    /** Orders 1…WAITING: review, production, shipment, payment, parcels out; submitted over the last five days. */
    private static final String WAITING_ORDERS_SQL = ORDER_INSERT + """
            SELECT BASE + g, 'SD1999' || lpad(g::text, 12, '0'),
                CASE WHEN g % 3 = 0 THEN 'NEW_PERSONAL_SEAL' ELSE 'NEW_ENTERPRISE_SEAL' END,
                CASE WHEN g <= 1000 THEN 'AWAITING_REVIEW' WHEN g <= 1400 THEN 'AWAITING_PRODUCTION'
                     WHEN g <= 1800 THEN 'AWAITING_SHIPMENT' WHEN g <= 2300 THEN 'AWAITING_PAYMENT' ELSE 'SHIPPED' END,
                BASE + 1 + g % 5000, 1, 60000, now() - interval '150 seconds' * g - interval '10 minutes',
                now() - interval '150 seconds' * g, now() - interval '150 seconds' * g + interval '1 minute', FALSE, 0,
                '肇庆市测试单位' || g || '有限公司', '91441200MA' || lpad(g::text, 8, '0'), '王' || g,
                '李' || g, '13700137000', '广东省', '肇庆市', '端州区', '星湖大道 ' || g || ' 号'
            FROM generate_series(?::bigint, ?::bigint) g""";

    private static final String WAITING_SEALS_SQL = """
            INSERT INTO order_seal (order_id, position, seal_type, holder_name)
            SELECT o.id, s.position, s.seal_type, CASE s.position WHEN 0 THEN o.unit_name ELSE o.legal_rep_name END
            FROM seal_order o JOIN (VALUES ('NEW_ENTERPRISE_SEAL', 0, 'ENTERPRISE'),
                    ('NEW_ENTERPRISE_SEAL', 1, 'LEGAL_REPRESENTATIVE_SIGNATURE'),
                    ('NEW_PERSONAL_SEAL', 0, 'PERSONAL_SIGNATURE')) s (kind, position, seal_type) ON s.kind = o.kind
            WHERE o.id BETWEEN BASE + ? AND BASE + ?""";

    private static final String WAITING_PAYMENTS_SQL = """
            INSERT INTO payment (id, order_id, out_trade_no, gateway, amount_fen, status, created_at, expires_at,
                paid_at, transaction_id, version)
            SELECT o.id, o.id, o.number || 'P01', 'sandbox', o.amount_fen,
                CASE o.status WHEN 'AWAITING_PAYMENT' THEN 'PENDING' ELSE 'PAID' END, o.submitted_at,
                o.submitted_at + interval '2 hours',
                CASE o.status WHEN 'AWAITING_PAYMENT' THEN NULL ELSE o.submitted_at + interval '30 seconds' END,
                CASE o.status WHEN 'AWAITING_PAYMENT' THEN NULL ELSE 'T' || o.id END, 0
            FROM seal_order o WHERE o.id BETWEEN BASE + ? AND BASE + ?""";

    private static final String PARCELS_SQL = """
            INSERT INTO shipment (id, order_id, sending, carrier, waybill, ukey_serial, status, shipper, shipped_at,
                queried_at, version)
            SELECT o.id, o.id, 1, 'SF', 'SF' || lpad((o.id - BASE)::text, 13, '0'), 'UK' || o.id, 'IN_TRANSIT',
                'shipper', o.submitted_at + interval '3 hours', o.submitted_at + interval '3 hours', 0
            FROM seal_order o WHERE o.id BETWEEN BASE + ? AND BASE + ? AND o.status = 'SHIPPED'""";

    private static final String INVOICES_SQL = """
            INSERT INTO invoice (id, order_id, buyer_type, buyer_title, buyer_tax_number, buyer_email, status,
                amount_fen, requested_at, version)
            SELECT o.id, o.id, 'UNIT', o.unit_name, o.credit_code, 'finance@example.cn', 'REQUESTED', o.amount_fen,
                o.submitted_at + interval '1 hour', 0
            FROM seal_order o WHERE o.id BETWEEN BASE + ? AND BASE + ? AND o.status = 'SHIPPED'""";

    /** Orders past WAITING, one every 90 seconds further back from a day ago: most delivered, a tenth closed unpaid. */
    private static final String FINISHED_ORDERS_SQL = ORDER_INSERT + """
            SELECT BASE + g, 'SD1999' || lpad(g::text, 12, '0'),
                CASE WHEN g % 3 = 0 THEN 'NEW_PERSONAL_SEAL' ELSE 'NEW_ENTERPRISE_SEAL' END,
                CASE WHEN g % 100 < 80 THEN 'DELIVERED' WHEN g % 100 < 90 THEN 'CLOSED'
                     WHEN g % 100 < 97 THEN 'COMPLETED' WHEN g % 100 < 98 THEN 'REFUNDED' ELSE 'DRAFT' END,
                BASE + 1 + g % 5000, 1, 60000, now() - interval '1 day' - interval '90 seconds' * g,
                CASE WHEN g % 100 < 98 THEN now() - interval '1 day' - interval '90 seconds' * g END,
                CASE WHEN g % 100 < 80 OR g % 100 = 97 THEN now() - interval '1 day' - interval '90 seconds' * g END,
                FALSE, 0, '肇庆市历史单位' || g || '有限公司', '91441200MB' || lpad(g::text, 8, '0'), '张' || g,
                '赵' || g, '13700137000', '广东省', '肇庆市', '端州区', '星湖大道 ' || g || ' 号'
            FROM generate_series(?::bigint, ?::bigint) g""";

    private static final String FINISHED_PAYMENTS_SQL = """
            INSERT INTO payment (id, order_id, out_trade_no, gateway, amount_fen, status, created_at, expires_at,
                paid_at, closed_at, transaction_id, version)
            SELECT o.id, o.id, o.number || 'P01', 'sandbox', o.amount_fen,
                CASE o.status WHEN 'CLOSED' THEN 'CLOSED' WHEN 'REFUNDED' THEN 'REFUNDED' ELSE 'PAID' END,
                o.submitted_at, o.submitted_at + interval '2 hours',
                CASE WHEN o.status <> 'CLOSED' THEN o.submitted_at + interval '30 seconds' END,
                CASE WHEN o.status = 'CLOSED' THEN o.submitted_at + interval '2 hours' END,
                CASE WHEN o.status <> 'CLOSED' THEN 'T' || o.id END, 0
            FROM seal_order o WHERE o.id BETWEEN BASE + ? AND BASE + ? AND o.status <> 'DRAFT'""";

    private static final String REFUNDS_SQL = """
            INSERT INTO refund (id, payment_id, out_refund_no, amount_fen, reason, requested_by, status, refund_id,
                created_at, completed_at, version)
            SELECT p.id, p.id, p.out_trade_no || 'R1', p.amount_fen, '申请人放弃申请', 'finance', 'SUCCEEDED', 'R' || p.id,
                p.paid_at + interval '2 days', p.paid_at + interval '2 days 1 minute', 0
            FROM payment p WHERE p.id BETWEEN BASE + ? AND BASE + ? AND p.status = 'REFUNDED'""";

    private static final String AUDIT_SQL = """
            INSERT INTO audit_event (id, seq, occurred_at, actor, action, subject, outcome, source, detail, prev_hash,
                hash)
            SELECT BASE + 3 * o.id + a.step, BASE + 3 * o.id + a.step, o.created_at + interval '1 hour' * a.step,
                a.actor, a.action, o.number, 'SUCCESS', '127.0.0.1', NULL, repeat('0', 64), repeat('0', 64)
            FROM seal_order o JOIN (VALUES (0, 'applicant', 'order.submit'), (1, 'reviewer', 'review.approve'),
                    (2, 'shipper', 'shipping.ship')) a (step, actor, action) ON TRUE
            WHERE o.id BETWEEN BASE + ? AND BASE + ?""";
}
