#!/usr/bin/env bash
# Headless Chromium (Debian's package) for the dashboard tests, driven by playwright-core.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
apt_install chromium chromium
