#!/usr/bin/env bash
# The staff lists and the dashboard as their services answer them in a server on PostgreSQL (127.0.0.1:5432, as for
# the PostgreSQL suite; it creates the database sealdesk_bench_lists and fills it), with 10 thousand, 100 thousand
# and a million orders behind the same few thousand waiting. Prints a table; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -ntp -q install -DskipTests
rm -f ear/target/bench/lists.txt
mvn -B -ntp -q -pl ear verify -DskipTests -Dbench -Dbench.skip-ocsp=true -Dbench.skip-in-server=false -Dbench.in-server=StaffListsInServerBenchmark \
  -Dbench.services-database=sealdesk_bench_lists
cat ear/target/bench/lists.txt
