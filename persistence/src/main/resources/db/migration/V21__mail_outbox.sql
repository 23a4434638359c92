-- Emails the built-in mailer keeps instead of sending (issued invoices to their buyers), attachments encrypted.

CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE mail_outbox (
    id                BIGINT PRIMARY KEY,
    recipient         VARCHAR(100)  NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    body              VARCHAR(2000) NOT NULL,
    attachment_name   VARCHAR(100),
    attachment_cipher BYTEA,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_outbox_newest ON mail_outbox (created_at);
