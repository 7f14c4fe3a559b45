#!/usr/bin/env bash
# Installs what a fresh machine lacks for tests, the demo and benchmarks: each scripts/tools/*.sh
# is idempotent and quiet (prints only when it installs something or fails).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PATH="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin:$PATH"
[ -d "$here/../node_modules" ] || (cd "$here/.." && npm ci --silent --no-audit --no-fund)
for t in "$here"/tools/*.sh; do
  [ -e "$t" ] || continue
  bash "$t"
done
