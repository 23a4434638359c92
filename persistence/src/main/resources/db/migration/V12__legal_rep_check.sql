-- How the person named in an application (the legal representative, or the personal seal's holder) was
-- checked by the real-name verifier, and the provider's request id; no order is paid before it.

ALTER TABLE seal_order ADD COLUMN legal_rep_check VARCHAR(20);
ALTER TABLE seal_order ADD COLUMN legal_rep_check_request_id VARCHAR(64);
