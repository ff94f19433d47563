#!/usr/bin/env bash
# Set up everything the tests need and run the whole suite (lint, unit, GUI, browser tests).
# Usage: ./test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-system.sh
scripts/setup-python.sh test,packaging
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy netizen_editor
exec .venv/bin/pytest "$@"
