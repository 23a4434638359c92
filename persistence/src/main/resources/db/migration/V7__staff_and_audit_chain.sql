-- Staff members (back office), the audit log's hash chain, and when an order last entered review.

CREATE SEQUENCE staff_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE staff_user (
    id                 BIGINT PRIMARY KEY,
    username           VARCHAR(40)  NOT NULL UNIQUE,
    display_name       VARCHAR(60)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    totp_secret_cipher VARCHAR(200),
    totp_enrolled      BOOLEAN      NOT NULL DEFAULT FALSE,
    totp_last_step     BIGINT       NOT NULL DEFAULT 0,
    failed_sign_ins    INTEGER      NOT NULL DEFAULT 0,
    locked_until       TIMESTAMP WITH TIME ZONE,
    disabled           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at    TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL REFERENCES staff_user (id),
    role          VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_user_id, role)
);

-- Rows written before the chain existed are chained, in id order, when the server first starts
-- with this version (the head row does not exist yet then).
ALTER TABLE audit_event ADD COLUMN seq BIGINT UNIQUE;
ALTER TABLE audit_event ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN hash VARCHAR(64);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);

CREATE TABLE audit_chain_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

ALTER TABLE seal_order ADD COLUMN review_requested_at TIMESTAMP WITH TIME ZONE;
UPDATE seal_order SET review_requested_at =
    (SELECT MAX(e.happened_at) FROM order_event e WHERE e.order_id = seal_order.id AND e.to_status = 'AWAITING_REVIEW');
CREATE INDEX seal_order_review_queue ON seal_order (status, review_requested_at);
