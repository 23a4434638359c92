-- Orders, their status timelines, and the price table (amounts in fen).

CREATE SEQUENCE seal_order_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE order_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE price_rule_seq START WITH 100 INCREMENT BY 1;

CREATE TABLE seal_order (
    id               BIGINT PRIMARY KEY,
    number           VARCHAR(18)  NOT NULL UNIQUE,
    kind             VARCHAR(30)  NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    account_id       BIGINT       NOT NULL REFERENCES account (id),
    validity_years   INTEGER,
    amount_fen       BIGINT CHECK (amount_fen >= 0),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    rejection_reason VARCHAR(500),
    resubmitted      BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX seal_order_account ON seal_order (account_id, created_at);
CREATE INDEX seal_order_status ON seal_order (status, submitted_at);

CREATE TABLE order_event (
    id          BIGINT PRIMARY KEY,
    order_id    BIGINT      NOT NULL REFERENCES seal_order (id),
    from_status VARCHAR(30),
    to_status   VARCHAR(30) NOT NULL,
    actor       VARCHAR(60) NOT NULL,
    note        VARCHAR(500),
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_event_order ON order_event (order_id, happened_at);

CREATE TABLE price_rule (
    id         BIGINT PRIMARY KEY,
    kind       VARCHAR(30) NOT NULL,
    years      INTEGER     NOT NULL CHECK (years BETWEEN 1 AND 10),
    amount_fen BIGINT      NOT NULL CHECK (amount_fen >= 0),
    version    BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (kind, years)
);

-- Starting prices; administrators change them in the back office.
INSERT INTO price_rule (id, kind, years, amount_fen) VALUES
    (1, 'NEW_ENTERPRISE_SEAL', 1, 60000),
    (2, 'NEW_ENTERPRISE_SEAL', 2, 110000),
    (3, 'NEW_ENTERPRISE_SEAL', 3, 160000),
    (4, 'NEW_PERSONAL_SEAL', 1, 30000),
    (5, 'NEW_PERSONAL_SEAL', 2, 55000),
    (6, 'NEW_PERSONAL_SEAL', 3, 80000);
