-- Real-name checks by an identity provider: the provider's request id of the check that passed, and every
-- check that did not pass (each one is billed), for the per-account daily limit.

ALTER TABLE account ADD COLUMN identity_request_id VARCHAR(64);

CREATE SEQUENCE identity_attempt_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE identity_attempt (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES account (id),
    outcome      VARCHAR(20) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_attempt_account ON identity_attempt (account_id, attempted_at);
