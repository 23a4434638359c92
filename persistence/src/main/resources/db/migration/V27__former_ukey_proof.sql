-- ukey replacement (ukey 更换, manual 1.2.6): each challenge for a former CA's ukey, answered once; proven, the
-- ukey's certificate the application is filled from.
CREATE SEQUENCE former_ukey_proof_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE former_ukey_proof (
    id               BIGINT PRIMARY KEY,
    account_id       BIGINT       NOT NULL REFERENCES account (id),
    ukey_serial      VARCHAR(64)  NOT NULL,
    nonce            VARCHAR(32)  NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at      TIMESTAMP WITH TIME ZONE,
    refusal          VARCHAR(60),
    certificate_der  BYTEA,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX former_ukey_proof_account ON former_ukey_proof (account_id, issued_at);
