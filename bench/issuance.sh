#!/usr/bin/env bash
# Issuances per second (CSR → certificate → seal) for RSA-2048 and SM2 beside BouncyCastle's raw rate.
# Prints a table; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl ejb test-compile
mvn -q -pl ejb surefire:test -Dtest=IssuanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false
