#!/usr/bin/env bash
# Create .venv (once) and install Netizen Editor into it, editable, with the given extras.
# Usage: scripts/setup-python.sh [EXTRAS]   e.g. "test"
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "Setting up Python: creating .venv with $("$python" --version 2>&1)…"
  "$python" -m venv .venv
  echo "Updating pip…"
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
stamp=".venv/.installed-${extras:-base}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  echo "Installing Netizen Editor and its libraries into .venv (${extras:-base})."
  echo "PySide6 (Qt with its web engine) is a download of about 300 MB: on a slow"
  echo "connection this takes several minutes; pip shows each download below."
  .venv/bin/python -m pip install --disable-pip-version-check --progress-bar on -e "$spec" \
    || { echo "Installing failed; see pip's message above." >&2; exit 1; }
  touch "$stamp"
  echo "Python set-up done."
fi
# PySide6 compiles its support modules from source at every start (shibokensupport, embedded
# in the shiboken6 library), ~25 ms; PySide's own SBK_EMBED=0 writes them out as files once,
# and compiled here they are read as bytecode (a reinstall of PySide6 removes them: redone)
for sbk in .venv/lib/python3*/site-packages/shiboken6; do
  if [ -d "$sbk" ] && [ ! -d "$sbk/files.dir" ]; then
    SBK_EMBED=0 .venv/bin/python -c "import PySide6.QtCore" \
      && .venv/bin/python -m compileall -q --invalidation-mode unchecked-hash "$sbk/files.dir" \
      || echo "note: PySide6's support files were not written out (the app starts ~25 ms slower)"
  fi
done
