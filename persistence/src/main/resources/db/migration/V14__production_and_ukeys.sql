-- Production attempts (one row per attempt on one order) and the ukeys they made. PINs are kept encrypted
-- with the data key: the SO PIN for later unlocks, the first user PIN until it is sent to the applicant.

CREATE SEQUENCE production_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE ukey_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE production (
    id              BIGINT PRIMARY KEY,
    order_id        BIGINT       NOT NULL REFERENCES seal_order (id),
    attempt         INTEGER      NOT NULL,
    producer        VARCHAR(64)  NOT NULL,
    step            VARCHAR(20)  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    failure         VARCHAR(300),
    ukey_serial     VARCHAR(64),
    ukey_model      VARCHAR(100),
    so_pin_cipher   VARCHAR(200) NOT NULL,
    user_pin_cipher VARCHAR(200) NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (order_id, attempt)
);

CREATE TABLE ukey (
    id              BIGINT PRIMARY KEY,
    serial          VARCHAR(64)  NOT NULL UNIQUE,
    model           VARCHAR(100) NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    so_pin_cipher   VARCHAR(200) NOT NULL,
    user_pin_cipher VARCHAR(200),
    order_id        BIGINT       NOT NULL REFERENCES seal_order (id),
    produced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ukey_order ON ukey (order_id);
