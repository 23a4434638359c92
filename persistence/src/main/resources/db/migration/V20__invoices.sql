-- One invoice per paid order: the buyer's details as requested (correctable until issued), then the number, date,
-- VAT contained in the price and the invoice file (PDF or OFD, encrypted with the data key); after a refund, the red
-- invoice (冲红) that cancels it.

CREATE SEQUENCE invoice_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE invoice (
    id               BIGINT PRIMARY KEY,
    order_id         BIGINT       NOT NULL UNIQUE REFERENCES seal_order (id),
    buyer_type       VARCHAR(10)  NOT NULL,
    buyer_title      VARCHAR(100) NOT NULL,
    buyer_tax_number VARCHAR(20),
    buyer_email      VARCHAR(100) NOT NULL,
    buyer_address    VARCHAR(200),
    buyer_phone      VARCHAR(20),
    buyer_bank       VARCHAR(100),
    buyer_account    VARCHAR(40),
    status           VARCHAR(20)  NOT NULL,
    amount_fen       BIGINT       NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    invoice_number   VARCHAR(40)  UNIQUE,
    issued_at        TIMESTAMP WITH TIME ZONE,
    issued_by        VARCHAR(64),
    tax_rate_bp      INTEGER,
    tax_fen          BIGINT,
    file_type        VARCHAR(40),
    file_cipher      BYTEA,
    red_number       VARCHAR(40)  UNIQUE,
    reversed_at      TIMESTAMP WITH TIME ZONE,
    red_file_type    VARCHAR(40),
    red_file_cipher  BYTEA,
    version          BIGINT       NOT NULL DEFAULT 0
);
-- Finance's queue: requests (and red invoices due) oldest first.
CREATE INDEX invoice_queue ON invoice (status, requested_at);
