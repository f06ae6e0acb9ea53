#!/usr/bin/env bash
# Command (1): install, ingest the sample pages into the embedded store, serve GraphQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/stratgraph ingest samples/
exec .venv/bin/stratgraph serve
