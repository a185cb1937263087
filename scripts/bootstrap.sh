#!/usr/bin/env bash
# Install memoryapp into ./.venv, with the system libraries Qt needs on Debian/Ubuntu.
#   bash scripts/bootstrap.sh          # the app
#   bash scripts/bootstrap.sh --test   # the app and what the test suite needs
#   bash scripts/bootstrap.sh --dev    # the app, the tests and the linters
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
case "${1:-}" in
  --test) extra="[test]" ;;
  --dev) extra="[dev]" ;;
  "") ;;
  *) echo "usage: bash scripts/bootstrap.sh [--test|--dev]" >&2; exit 2 ;;
esac

# System packages: Qt's X11/EGL libraries, fonts with Hebrew, Arabic and Tifinagh glyphs,
# exiftool, exiv2 and Chromium (interoperability tests of exports), Xvfb (screenshots),
# Tesseract with French, Hebrew and Arabic (OCR), PulseAudio's client library (Qt Multimedia),
# espeak-ng and sox (recordings made in tests). Skipped where they are present.
apt_packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 fonts-noto-core fonts-dejavu-core
  libimage-exiftool-perl exiv2 xvfb chromium
  tesseract-ocr tesseract-ocr-fra tesseract-ocr-heb tesseract-ocr-ara
  espeak-ng sox libsox-fmt-mp3 libpulse0
)
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
