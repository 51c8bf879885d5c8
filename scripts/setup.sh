#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian/Ubuntu machine: the npm packages
# from the lock file and Debian's Chromium for the browser tests (no browser download of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
else
  echo "The browser tests need Debian's Chromium: run 'apt-get install chromium' as root." >&2
  exit 1
fi
