-- Applicant accounts, SMS codes and the built-in SMS outbox.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL. Ids come from sequences (EclipseLink
-- reads H2 identities with IDENTITY(), which H2 2.x no longer has); one value per row.

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sms_code_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sms_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE account (
    id                   BIGINT PRIMARY KEY,
    mobile               VARCHAR(11)  NOT NULL UNIQUE,
    password_hash        VARCHAR(255) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_sign_ins      INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    last_sign_in_at      TIMESTAMP WITH TIME ZONE,
    real_name            VARCHAR(50),
    id_card_cipher       VARCHAR(200),
    id_card_masked       VARCHAR(18),
    identity_check       VARCHAR(20),
    identity_verified_at TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE sms_code (
    id           BIGINT PRIMARY KEY,
    mobile       VARCHAR(11) NOT NULL,
    purpose      VARCHAR(20) NOT NULL,
    code_hash    VARCHAR(64) NOT NULL,
    requester_ip VARCHAR(45) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_tries INTEGER     NOT NULL DEFAULT 0,
    used_at      TIMESTAMP WITH TIME ZONE,
    version      BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX sms_code_mobile_created ON sms_code (mobile, created_at);
CREATE INDEX sms_code_ip_created ON sms_code (requester_ip, created_at);

CREATE TABLE sms_outbox (
    id         BIGINT PRIMARY KEY,
    mobile     VARCHAR(11)  NOT NULL,
    body       VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
