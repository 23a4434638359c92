-- V17's certificate_of_issuer repeats V13's certificate_status (issuer_ca, status): one index serves the CRL query,
-- and each extra one costs every certificate write.
DROP INDEX certificate_of_issuer;
