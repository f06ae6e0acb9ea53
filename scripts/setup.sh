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
# Install only when pyproject.toml changed since the last install (or "dev" was not
# installed yet): a second run starts at once, with no package index needed. The
# install is editable, so code changes never need it.
stamp=.venv/.stratgraph-installed
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
installed="$(cat "$stamp" 2>/dev/null || true)"
if [ "$installed" != "$wanted [dev]" ] && [ "$installed" != "$wanted ${extra}" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet --editable ".${extra}"
    echo "$wanted ${extra}" > "$stamp"
fi

# OCR of scanned PDFs needs Tesseract with its Swedish model, a system package: installed
# here when running as root with apt (a fresh CI machine), else named. Without it only
# scanned PDFs fail (with an error that says what to install); nothing else needs it.
ocr_packages="tesseract-ocr tesseract-ocr-swe"
has_ocr() { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>&1 | grep -x swe >/dev/null; }
apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $ocr_packages >/dev/null 2>&1; }
if ! has_ocr; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing $ocr_packages (OCR of scanned PDFs)" >&2
        apt_install || { apt-get update -qq >/dev/null 2>&1 && apt_install; } || true
    fi
    has_ocr || echo "note: scanned PDFs need OCR: apt-get install $ocr_packages" >&2
fi

# The browser tests (tests/web) drive the distribution's headless Chromium; Playwright
# never downloads a browser. Installed for "dev" when running as root with apt (a fresh
# CI machine), else named. Without it those tests skip, except under CI, where they fail.
if [ "${1:-}" = "dev" ] && ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing chromium (browser tests)" >&2
        chromium_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; }
        chromium_install || { apt-get update -qq >/dev/null 2>&1 && chromium_install; } || true
    fi
    command -v chromium >/dev/null 2>&1 || echo "note: the browser tests need: apt-get install chromium" >&2
fi
