-- Unlock (解锁, manual 1.3.5): the SO PIN an unlock ticket gives the ukey is kept beside the current one until the
-- connector proves the ukey took it; then it is the only one.
ALTER TABLE ukey ADD COLUMN next_so_pin_cipher VARCHAR(200);

INSERT INTO price_rule (id, kind, years, amount_fen, version) VALUES (10, 'UNLOCK', 1, 5000, 0);
