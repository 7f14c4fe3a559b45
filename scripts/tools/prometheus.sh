#!/usr/bin/env bash
# Prometheus for the gate's metric checks (test/steps/gate-metrics.test.ts, test/monitoring/,
# test/hosts/gate-metrics.test.ts): Debian's package. The tests start it themselves on 127.0.0.1
# (stand-ins/prometheus.ts), so a service the package may start is not used.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
apt_install prometheus prometheus
# htpasswd (bcrypt) for the Basic auth users of test/monitoring/prometheus.test.ts's Prometheus.
apt_install htpasswd apache2-utils
