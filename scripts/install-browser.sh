#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests, unless it is already there.
# playwright-core drives it; Playwright's own browser download cannot work on our machines.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
