#!/usr/bin/env bash
# The whole test suite: unit, integration (real Azurite, started and stopped by the test fixtures),
# HTTP tests against the real host, card validation with Microsoft's reference parser, and the Agents Playground test.
source "$(dirname "$0")/lib.sh"
ensure_node_tools
ensure_chromium

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test CoopBot.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
