#!/usr/bin/env bash
# Per-operation times of the ukey connector's token operations on SoftHSM2 (needs Debian's softhsm2).
# Prints a table; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl connector test-compile
mvn -q -pl connector surefire:test -Dtest=TokenBenchmark -Dsurefire.failIfNoSpecifiedTests=false
