-- Password sign-in attempts (applicants and staff), counted per address and per account name before a
-- password is hashed; kept only as long as the counting window needs them.

CREATE SEQUENCE sign_in_attempt_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sign_in_attempt (
    id           BIGINT PRIMARY KEY,
    subject      VARCHAR(70) NOT NULL,
    address      VARCHAR(45) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_attempt_address ON sign_in_attempt (address, attempted_at);
CREATE INDEX sign_in_attempt_subject ON sign_in_attempt (subject, attempted_at);
CREATE INDEX sign_in_attempt_time ON sign_in_attempt (attempted_at);
