#!/usr/bin/env bash
# Audited actions per second in a server on PostgreSQL (127.0.0.1:5432, as for the PostgreSQL suite) as concurrent
# writers grow, each action a transaction that writes its audit record and works on 1 or 10 ms before committing.
# Prints a table; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -ntp -q install -DskipTests
rm -f ear/target/bench/audit.txt
mvn -B -ntp -q -pl ear verify -DskipTests -Dbench -Dbench.skip-ocsp=true -Dbench.skip-in-server=false \
  -Dbench.in-server=AuditInServerBenchmark -Dbench.services-database=sealdesk_bench_audit
cat ear/target/bench/audit.txt
