-- When each periodic job is next due, across all servers: a server runs a job only after moving its next due
-- time on in one conditional UPDATE, which exactly one server can do per due time.

CREATE TABLE job_schedule (
    name       VARCHAR(60) PRIMARY KEY,
    next_due   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by VARCHAR(200),
    claimed_at TIMESTAMP WITH TIME ZONE
);

INSERT INTO job_schedule (name, next_due) VALUES ('payment-jobs', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
