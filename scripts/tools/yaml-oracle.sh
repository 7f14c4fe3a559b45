#!/usr/bin/env bash
# The YAML oracle of test/hld/yaml-differential.test.ts: tools/yaml-oracle built against the yaml.v2
# fork Fabrikate pins (github.com/timfpark/yaml), into $(go env GOPATH)/bin/ringway-yaml-oracle.
# Idempotent and quiet: rebuilt only when its sources change. `--print` prints the binary's path.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
src="$repo/tools/yaml-oracle"
dest="$(go env GOPATH)/bin/ringway-yaml-oracle"
sum=$(cat "$src/main.go" "$src/go.mod" "$src/go.sum" | sha256sum | cut -c1-16)
if ! [ -x "$dest" ] || [ "$(cat "$dest.stamp" 2>/dev/null)" != "$sum" ]; then
  mkdir -p "$(dirname "$dest")"
  (cd "$src" && GOFLAGS=-mod=mod go build -o "$dest.tmp" .) >&2
  mv "$dest.tmp" "$dest"
  echo "$sum" >"$dest.stamp"
fi
if [ "${1:-}" = --print ]; then echo "$dest"; fi
