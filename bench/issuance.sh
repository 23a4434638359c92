#!/usr/bin/env bash
# Issuances per second (CSR → certificate → seal) for RSA-2048 and SM2 beside BouncyCastle's raw rate: first the
# server's signing code alone (unit tier), then CertificateIssuance.issue with its two transactions in a server on
# PostgreSQL (127.0.0.1:5432, as for the PostgreSQL suite; it creates the database sealdesk_bench).
# Prints two tables; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -ntp -q install -DskipTests
mvn -q -pl ejb surefire:test -Dtest=IssuanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false
rm -f ear/target/bench/issuance.txt
mvn -B -ntp -q -pl ear verify -DskipTests -Dbench -Dbench.skip-ocsp=true -Dbench.skip-in-server=false -Dbench.in-server=IssuanceInServerBenchmark
cat ear/target/bench/issuance.txt
