-- Renewal (续期, manual 1.3.2): an order names the seals it renews; a renewed seal and its certificate are marked
-- superseded (the certificate stays valid until it expires: documents stamped with it keep verifying).
ALTER TABLE order_seal ADD COLUMN seal_id BIGINT REFERENCES seal (id);
ALTER TABLE certificate ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;
-- An online update runs on the holder's own ukey: the server makes no PINs for it.
ALTER TABLE production ALTER COLUMN so_pin_cipher DROP NOT NULL;
ALTER TABLE production ALTER COLUMN user_pin_cipher DROP NOT NULL;

INSERT INTO price_rule (id, kind, years, amount_fen, version) VALUES
    (7, 'RENEWAL', 1, 25000, 0),
    (8, 'RENEWAL', 2, 45000, 0),
    (9, 'RENEWAL', 3, 65000, 0);
