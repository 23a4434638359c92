-- Expiry reminders (60, 30 and 7 days before a certificate ends), each sent once per certificate: the key refuses
-- a second, whichever server or restart tries it.
CREATE TABLE expiry_reminder (
    certificate_id BIGINT  NOT NULL REFERENCES certificate (id),
    days_before    INTEGER NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (certificate_id, days_before)
);
-- The reminders look for active seals by the end of their validity.
CREATE INDEX seal_expiring ON seal (status, valid_to);

INSERT INTO job_schedule (name, next_due) VALUES ('expiry-reminders', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
