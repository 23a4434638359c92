#!/usr/bin/env bash
# Per-operation times of the token library's operations on SoftHSM2 (needs Debian's softhsm2).
# Prints a table; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl token test-compile
mvn -q -pl token surefire:test -Dtest=TokenBenchmark -Dsurefire.failIfNoSpecifiedTests=false
