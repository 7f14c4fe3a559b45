#!/usr/bin/env bash
# Installs what a fresh machine lacks for tests, the demo and benchmarks. Each scripts/tools/*.sh
# is idempotent and quiet; they run in parallel (apt installs serialise on a lock in lib.sh).
# `ensure-tools.sh helm buildah …` installs only those (scripts/tools/<name>.sh): the demo needs
# three of the twelve, and building fab and act from source is most of a fresh machine's wait.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PATH="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin:$PATH"
[ -d "$here/../node_modules" ] || (cd "$here/.." && npm ci --silent --no-audit --no-fund)
if [ $# -gt 0 ]; then
  tools=()
  for name in "$@"; do
    if [ "$name" = lib ] || [ ! -f "$here/tools/$name.sh" ]; then
      echo "ensure-tools: no tool '$name' in scripts/tools" >&2
      exit 2
    fi
    tools+=("$here/tools/$name.sh")
  done
else
  tools=("$here"/tools/*.sh)
fi
logs=$(mktemp -d)
pids=()
names=()
for t in "${tools[@]}"; do
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
