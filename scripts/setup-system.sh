#!/usr/bin/env bash
# System packages the app and its tests need on Debian: QtWebEngine's libraries, Xvfb,
# Chromium (exported pages are checked in a real browser), Java (the W3C Nu HTML checker),
# and the npm tools in package.json. Installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libnss3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxkbfile1 libegl1
  libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core xvfb xauth chromium
  default-jre-headless binutils)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Please install: ${missing[*]}" >&2; exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  npm install --no-audit --no-fund --loglevel=error
fi
