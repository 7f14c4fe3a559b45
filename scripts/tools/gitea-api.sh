#!/usr/bin/env bash
# Gitea's published API description (templates/swagger/v1_json.tmpl, served as /swagger.v1.json),
# which the Gitea stand-in checks every request against. Gitea is a Go module, so its release comes
# from the Go module proxy into the module cache; prints the description's path. The version and the
# file's SHA-256 are pinned in stand-ins/api-descriptions.ts (keep them in step).
set -euo pipefail
mod=code.gitea.io/gitea@v1.27.3
dir=$(go env GOMODCACHE)/$mod
if [ ! -f "$dir/templates/swagger/v1_json.tmpl" ]; then
  echo "downloading $mod (go mod download) for its API description" >&2
  dir=$(cd /tmp && GOFLAGS=-mod=mod go mod download -json "$mod" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -f "$dir/templates/swagger/v1_json.tmpl" ] || { echo "go mod download $mod failed" >&2; exit 1; }
fi
echo "$dir/templates/swagger/v1_json.tmpl"
