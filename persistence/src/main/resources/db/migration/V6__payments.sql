-- Payments (one row per payment attempt, i.e. per out_trade_no), refunds, the sandbox gateway's own
-- trades, and the audit trail of security events. Amounts in fen.

CREATE SEQUENCE payment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE refund_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE payment (
    id             BIGINT PRIMARY KEY,
    order_id       BIGINT      NOT NULL REFERENCES seal_order (id),
    out_trade_no   VARCHAR(32) NOT NULL UNIQUE,
    gateway        VARCHAR(20) NOT NULL,
    amount_fen     BIGINT      NOT NULL CHECK (amount_fen > 0),
    status         VARCHAR(20) NOT NULL,
    code_url       VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at        TIMESTAMP WITH TIME ZONE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    transaction_id VARCHAR(64),
    version        BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX payment_order ON payment (order_id, created_at);
CREATE INDEX payment_status ON payment (status, created_at);

CREATE TABLE refund (
    id            BIGINT PRIMARY KEY,
    payment_id    BIGINT       NOT NULL REFERENCES payment (id),
    out_refund_no VARCHAR(64)  NOT NULL UNIQUE,
    amount_fen    BIGINT       NOT NULL CHECK (amount_fen > 0),
    reason        VARCHAR(200) NOT NULL,
    requested_by  VARCHAR(60)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    refund_id     VARCHAR(64),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX refund_payment ON refund (payment_id);

-- The built-in sandbox gateway's side of each trade (what WeChat Pay keeps on its side).
CREATE TABLE sandbox_trade (
    out_trade_no   VARCHAR(32)  PRIMARY KEY,
    description    VARCHAR(127) NOT NULL,
    amount_fen     BIGINT       NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    transaction_id VARCHAR(64),
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at        TIMESTAMP WITH TIME ZONE,
    refunded_fen   BIGINT       NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE audit_event (
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    subject     VARCHAR(100),
    outcome     VARCHAR(20)  NOT NULL,
    source      VARCHAR(64),
    detail      VARCHAR(1000)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
