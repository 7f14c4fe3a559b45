#!/usr/bin/env bash
# Installs what a fresh machine lacks for tests, the demo and benchmarks. Each scripts/tools/*.sh
# is idempotent and quiet; they run in parallel (apt installs serialise on a lock in lib.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PATH="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin:$PATH"
[ -d "$here/../node_modules" ] || (cd "$here/.." && npm ci --silent --no-audit --no-fund)
logs=$(mktemp -d)
pids=()
names=()
for t in "$here"/tools/*.sh; do
  [ "$(basename "$t")" = lib.sh ] && continue
  bash "$t" >"$logs/$(basename "$t").log" 2>&1 &
  pids+=($!)
  names+=("$(basename "$t")")
done
failed=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "scripts/tools/${names[$i]} failed:" >&2
    failed=1
  fi
  cat "$logs/${names[$i]}.log" >&2
done
rm -rf "$logs"
exit $failed
