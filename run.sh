#!/usr/bin/env bash
# Set up Netizen Editor (first run only) and start it. Usage: ./run.sh [ARTICLE.md ...]
# With no file it opens the article you had open last time, or the built-in sample article.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-system.sh runtime
scripts/setup-python.sh
exec .venv/bin/netizen-editor "$@"
