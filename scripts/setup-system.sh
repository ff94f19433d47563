#!/usr/bin/env bash
# Debian packages the app and its tests need, installed only when missing.
#   scripts/setup-system.sh runtime   QtWebEngine's libraries: what the app needs to start
#   scripts/setup-system.sh           also Xvfb, Chromium (exported pages are checked in a real
#                                     browser), Java (the W3C Nu HTML checker), binutils
#                                     (PyInstaller), icu-devtools and xz-utils (the bundle's
#                                     trimmed ICU data and its .tar.xz), NSIS and Wine (the
#                                     Windows build is built, installed and run under Wine in
#                                     the tests: packaging/windows_wine.sh) and the npm tools
#   scripts/setup-system.sh bench     also ghostwriter, xdotool, ImageMagick: the start
#                                     benchmark (benchmarks/bench_start.py) and its screenshots
#   scripts/setup-system.sh windows   the same as the default (it has wine64 and NSIS)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"
packages=(libnss3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxkbfile1 libegl1
  libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
if [ "$mode" != runtime ]; then
  packages+=(xvfb xauth chromium default-jre-headless binutils fonts-liberation2 icu-devtools xz-utils
    nsis wine64)
fi
if [ "$mode" = bench ]; then
  packages+=(ghostwriter xdotool imagemagick)
fi
if [ "$mode" = windows ]; then
  packages+=(wine64 nsis)
fi
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo="sudo"
  elif [ "$mode" = runtime ]; then
    echo "Note: these Debian packages are missing and may be needed: ${missing[*]}" >&2
    exit 0
  else
    echo "Please install these Debian packages first: ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages (apt-get, about a minute): ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$mode" != runtime ] && [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "Installing the W3C HTML checker for the tests (npm)…"
  npm install --no-audit --no-fund --loglevel=error
fi
