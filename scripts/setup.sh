#!/usr/bin/env bash
# Creates .venv with Python >= 3.11 and installs stratgraph into it (editable).
# Usage: scripts/setup.sh [dev]   -- "dev" adds the test and lint tools.
set -euo pipefail
cd "$(dirname "$0")/.."

pick_python() {
    for candidate in python3 python3.11 python3.12 python3.13; do
        # pyenv shims exist for versions that are not selected: run each to be sure.
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "stratgraph needs Python 3.11 or newer; none found on PATH" >&2
    return 1
}

if [ ! -x .venv/bin/python ]; then
    python=$(pick_python)
    echo "creating .venv with $($python --version)" >&2
    "$python" -m venv .venv
fi
extra=""
if [ "${1:-}" = "dev" ]; then
    extra="[dev]"
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --editable ".${extra}"
