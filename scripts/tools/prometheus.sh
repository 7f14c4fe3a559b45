#!/usr/bin/env bash
# Prometheus for the gate's metric checks (test/steps/gate-metrics.test.ts): Debian's package;
# the tests start it themselves on 127.0.0.1, so the service the package may start is not used.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
apt_install prometheus prometheus
