#!/bin/sh
# Rewrites the generated tables of docs/conformance_statement.md from what this build
# negotiates (network/conformance.cpp). Usage: scripts/update_conformance.sh [BUILD_DIR]
set -eu
build="${1:-build}"
cmake --build "$build" --target test_conformance
DICOMNET_UPDATE_CONFORMANCE=1 "$build/tests/network/test_conformance" \
  statement_ShouldHoldTheTablesTheProgramNegotiates
