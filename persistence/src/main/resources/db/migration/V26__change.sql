-- Change (变更, manual 1.3.3): one price line; a change buys no years (its certificates end when the old ones do).
INSERT INTO price_rule (id, kind, years, amount_fen, version) VALUES (12, 'CHANGE', 1, 20000, 0);
