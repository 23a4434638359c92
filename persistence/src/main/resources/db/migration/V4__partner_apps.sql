-- Partner systems that send applicants in through entry links; orders remember which one.

CREATE SEQUENCE partner_app_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE partner_app (
    id                 BIGINT PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    app_key            VARCHAR(64)  NOT NULL UNIQUE,
    secret_cipher      VARCHAR(200) NOT NULL,
    allowed_types      VARCHAR(20)  NOT NULL,
    allowed_seal_sorts VARCHAR(20)  NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);

ALTER TABLE seal_order ADD COLUMN partner_app_id BIGINT REFERENCES partner_app (id);
