-- Staff lists and the dashboard at a million orders: indexes matching each filter and sort, and counts of finished
-- orders that do not scan history.

-- Applications per day on the dashboard.
CREATE INDEX seal_order_submitted ON seal_order (submitted_at);
-- Payments and refunds of today on the dashboard; the finance list, newest first, in pages.
CREATE INDEX payment_paid ON payment (paid_at);
CREATE INDEX payment_newest ON payment (created_at, id);
CREATE INDEX refund_created ON refund (created_at);

-- Orders in a status they never leave (closed, refunded, delivered, completed), counted by status. An order that
-- reaches one is counted by a job (once across servers) and marked so; until then the dashboard adds it itself,
-- reading only the orders not yet counted.
CREATE TABLE finished_order_count (
    status VARCHAR(30) PRIMARY KEY,
    orders BIGINT      NOT NULL CHECK (orders >= 0)
);
ALTER TABLE seal_order ADD COLUMN in_finished_count BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE seal_order SET in_finished_count = TRUE WHERE status IN ('CLOSED', 'REFUNDED', 'DELIVERED', 'COMPLETED');
INSERT INTO finished_order_count (status, orders)
SELECT s.status, (SELECT COUNT(*) FROM seal_order o WHERE o.status = s.status)
FROM (VALUES ('CLOSED'), ('REFUNDED'), ('DELIVERED'), ('COMPLETED')) s (status);
CREATE INDEX seal_order_uncounted ON seal_order (in_finished_count, status);

INSERT INTO job_schedule (name, next_due) VALUES ('finished-order-count', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
