-- The CRL each issuing CA last published (DER, as served at /pki/crl/<ca>.crl), with its number and a digest of
-- the entries it lists, so a new one is signed only when an entry changed or the last one grows old.

CREATE TABLE revocation_list (
    issuer_ca      VARCHAR(30) PRIMARY KEY,
    crl_number     BIGINT      NOT NULL,
    this_update    TIMESTAMP WITH TIME ZONE NOT NULL,
    next_update    TIMESTAMP WITH TIME ZONE NOT NULL,
    entries_sha256 VARCHAR(64) NOT NULL,
    der            BYTEA       NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0
);

CREATE INDEX certificate_of_issuer ON certificate (issuer_ca, status);

INSERT INTO job_schedule (name, next_due) VALUES ('crl-publication', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
