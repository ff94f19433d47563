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
# .venv/.installed says what is installed: pyproject.toml's checksum, then "base" and the extras
# installed with it. A set-up that asks for no more installs nothing and needs no network
# (./run.sh after ./test.sh starts offline); a changed pyproject.toml installs again.
stamp=".venv/.installed"
sum="$(cksum < pyproject.toml | cut -d' ' -f1,2)"
installed=""
if [ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$sum" ]; then
  installed="$(sed -n 2p "$stamp")"
else
  # an earlier set-up's stamps (.installed-EXTRAS, "base" for none) newer than pyproject.toml
  for old in .venv/.installed-*; do
    if [ -f "$old" ] && [ "$old" -nt pyproject.toml ]; then
      installed="$installed,base,${old#.venv/.installed-}"
    fi
  done
fi
needed="base${extras:+,$extras}"
missing=""
for part in ${needed//,/ }; do
  case ",$installed," in
    *",$part,"*) ;;
    *) missing="$missing $part" ;;
  esac
done
if [ -n "$missing" ]; then
  spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  echo "Installing Netizen Editor and its libraries into .venv (${extras:-base})."
  echo "PySide6 (Qt with its web engine) is a download of about 300 MB: on a slow"
  echo "connection this takes several minutes; pip shows each download below."
  .venv/bin/python -m pip install --disable-pip-version-check --progress-bar on -e "$spec" \
    || { echo "Installing failed; see pip's message above." >&2; exit 1; }
  all="${installed#,}"  # what the install before it put in stays (pip removes nothing)
  for part in $missing; do all="${all:+$all,}$part"; done
  printf '%s\n%s\n' "$sum" "$all" > "$stamp"
  rm -f .venv/.installed-*
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
