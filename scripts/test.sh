#!/usr/bin/env bash
# Command (2): install everything, start a real Neo4j, lint, type-check and run the
# whole suite on both stores. Neo4j is stopped again however the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)

bash scripts/setup.sh dev
bin=.venv/bin

echo "== ruff"
"$bin/ruff" check .
"$bin/ruff" format --check .
echo "== mypy"
"$bin/mypy"

echo "== neo4j"
home=.neo4j-test
port=${STRATGRAPH_TEST_NEO4J_PORT:-7688}
stop_neo4j() { "$bin/stratgraph" neo4j stop --home "$home" --port "$port" || true; }
trap stop_neo4j EXIT
# The test server keeps its own generated password, whatever NEO4J_PASSWORD says.
# A small, fixed memory budget: the test graph is tiny and the machine is shared.
env -u NEO4J_PASSWORD "$bin/stratgraph" neo4j start --home "$home" --port "$port" \
    --heap 1g --page-cache 512m >/dev/null

export STRATGRAPH_TEST_NEO4J_URI="bolt://127.0.0.1:$port"
# For the outage test, which stops and restarts this server while requests run.
export STRATGRAPH_TEST_NEO4J_HOME="$PWD/$home"
export STRATGRAPH_TEST_NEO4J_PORT="$port"
export STRATGRAPH_TEST_NEO4J_USERNAME=neo4j
STRATGRAPH_TEST_NEO4J_PASSWORD=$(cat "$home/password")
export STRATGRAPH_TEST_NEO4J_PASSWORD

echo "== pytest"
status=0
"$bin/pytest" "$@" || status=$?
echo "scripts/test.sh took $(( $(date +%s) - began ))s"
exit "$status"
