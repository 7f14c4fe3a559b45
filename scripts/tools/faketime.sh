#!/usr/bin/env bash
# libfaketime lets the journey (test/journey/) pass a ring's soak time: the jobs act runs after the
# soak see a clock that many hours later, and nothing in the starters or the records is rewritten.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
apt_install faketime faketime
