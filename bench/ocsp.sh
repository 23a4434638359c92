#!/usr/bin/env bash
# OCSP requests per second and p50/p99 latency of a running server on PostgreSQL (300,000 certificates in the
# table), beside `openssl ocsp` as a responder over the same certificates. Needs PostgreSQL on 127.0.0.1:5432 (as
# for the PostgreSQL suite) and openssl. Prints a table; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -ntp -q install -DskipTests
mvn -B -ntp -pl ear verify -DskipTests -Dbench | grep -v '^\[INFO\]'
