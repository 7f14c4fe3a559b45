#!/usr/bin/env bash
# shellcheck: actionlint runs it on the `run:` scripts of the example workflows.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
apt_install shellcheck shellcheck
