-- What an applicant enters for an order (unit, legal representative, mailing) and the scans.

ALTER TABLE seal_order ADD COLUMN unit_name VARCHAR(100);
ALTER TABLE seal_order ADD COLUMN credit_code VARCHAR(18);
ALTER TABLE seal_order ADD COLUMN unit_address VARCHAR(200);
ALTER TABLE seal_order ADD COLUMN legal_rep_name VARCHAR(50);
ALTER TABLE seal_order ADD COLUMN legal_rep_id_cipher VARCHAR(200);
ALTER TABLE seal_order ADD COLUMN legal_rep_id_masked VARCHAR(18);
ALTER TABLE seal_order ADD COLUMN legal_rep_mobile VARCHAR(11);
ALTER TABLE seal_order ADD COLUMN recipient_name VARCHAR(50);
ALTER TABLE seal_order ADD COLUMN recipient_mobile VARCHAR(11);
ALTER TABLE seal_order ADD COLUMN province VARCHAR(30);
ALTER TABLE seal_order ADD COLUMN city VARCHAR(30);
ALTER TABLE seal_order ADD COLUMN district VARCHAR(30);
ALTER TABLE seal_order ADD COLUMN street_address VARCHAR(200);

CREATE SEQUENCE order_document_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE order_document (
    id             BIGINT PRIMARY KEY,
    order_id       BIGINT       NOT NULL REFERENCES seal_order (id) ON DELETE CASCADE,
    role           VARCHAR(30)  NOT NULL,
    type           VARCHAR(10)  NOT NULL,
    original_name  VARCHAR(200),
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    content_cipher BYTEA        NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (order_id, role)
);
