-- Certificates the internal CA signs and the seals made with them. A certificate row is written (PENDING)
-- before it is signed, so no signed certificate can go unrecorded; rows are never deleted. Each public key
-- is certified once.

CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE seal_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE certificate (
    id                 BIGINT PRIMARY KEY,
    serial             VARCHAR(40)  NOT NULL UNIQUE,
    issuer_ca          VARCHAR(30)  NOT NULL,
    subject            VARCHAR(500) NOT NULL,
    not_before         TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after          TIMESTAMP WITH TIME ZONE NOT NULL,
    key_algorithm      VARCHAR(20)  NOT NULL,
    public_key_sha256  VARCHAR(64)  NOT NULL UNIQUE,
    der                BYTEA,
    status             VARCHAR(20)  NOT NULL,
    revocation_reason  VARCHAR(30),
    revoked_at         TIMESTAMP WITH TIME ZONE,
    order_id           BIGINT       NOT NULL REFERENCES seal_order (id),
    seal_type          VARCHAR(40)  NOT NULL,
    attempt            INTEGER      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX certificate_order ON certificate (order_id, attempt);
CREATE INDEX certificate_status ON certificate (issuer_ca, status);

CREATE TABLE seal (
    id               BIGINT PRIMARY KEY,
    es_id            VARCHAR(40)  NOT NULL UNIQUE,
    order_id         BIGINT       NOT NULL REFERENCES seal_order (id),
    attempt          INTEGER      NOT NULL,
    seal_type        VARCHAR(40)  NOT NULL,
    owner_account_id BIGINT       NOT NULL REFERENCES account (id),
    holder_name      VARCHAR(100) NOT NULL,
    unit_name        VARCHAR(100),
    credit_code      VARCHAR(18),
    seal_text        VARCHAR(100) NOT NULL,
    image_png        BYTEA        NOT NULL,
    structure_der    BYTEA        NOT NULL,
    certificate_id   BIGINT       NOT NULL REFERENCES certificate (id),
    ukey_serial      VARCHAR(64),
    valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to         TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX seal_owner ON seal (owner_account_id, status);
CREATE INDEX seal_of_order ON seal (order_id, attempt);

CREATE TABLE seal_event (
    seal_id  BIGINT       NOT NULL REFERENCES seal (id),
    position INTEGER      NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    what     VARCHAR(30)  NOT NULL,
    order_id BIGINT       NOT NULL REFERENCES seal_order (id),
    PRIMARY KEY (seal_id, position)
);
