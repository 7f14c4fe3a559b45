#!/usr/bin/env bash
# act (nektos) runs the GitHub starter workflows unchanged for the journey test (test/journey/).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install act github.com/nektos/act@v0.2.89
