#!/usr/bin/env bash
# Installs headless Chromium and CJK fonts from Debian for HtmlPrintTest (run as root, e.g. in .ci/run
# before `./mvnw -B -pl gateway verify`). Idempotent.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'CJK'; then
  echo "chromium and CJK fonts present"; exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
chromium --version
