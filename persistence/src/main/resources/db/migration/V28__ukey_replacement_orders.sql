-- ukey replacement (ukey 更换, manual 1.2.6): an order stands on one proven former CA ukey and records its
-- certificate's issuer and serial; its own price lines, starting as a new application's (administrators change them).
ALTER TABLE seal_order ADD COLUMN former_ukey_proof_id BIGINT REFERENCES former_ukey_proof (id);
ALTER TABLE seal_order ADD COLUMN former_issuer VARCHAR(500);
ALTER TABLE seal_order ADD COLUMN former_serial VARCHAR(64);
CREATE UNIQUE INDEX seal_order_former_ukey_proof ON seal_order (former_ukey_proof_id);

INSERT INTO price_rule (id, kind, years, amount_fen, version) VALUES
    (13, 'ENTERPRISE_UKEY_REPLACEMENT', 1, 60000, 0),
    (14, 'ENTERPRISE_UKEY_REPLACEMENT', 2, 110000, 0),
    (15, 'ENTERPRISE_UKEY_REPLACEMENT', 3, 160000, 0),
    (16, 'PERSONAL_UKEY_REPLACEMENT', 1, 30000, 0),
    (17, 'PERSONAL_UKEY_REPLACEMENT', 2, 55000, 0),
    (18, 'PERSONAL_UKEY_REPLACEMENT', 3, 80000, 0);
