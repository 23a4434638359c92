-- Reissue (补办, manual 1.3.4): a new ukey for a lost or broken one, with the same seals; one price line.
INSERT INTO price_rule (id, kind, years, amount_fen, version) VALUES (11, 'REISSUE', 1, 20000, 0);
