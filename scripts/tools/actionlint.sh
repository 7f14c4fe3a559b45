#!/usr/bin/env bash
# actionlint checks the example workflows in workflows-examples/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install actionlint github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
