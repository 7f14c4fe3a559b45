#!/usr/bin/env bash
# gitlab-ci-local runs the GitLab CI starter (workflows-examples/gitlab/.gitlab-ci.yml) unchanged
# with its shell executor, for test/journey/gitlab.test.ts. Installed from the npm registry into
# ~/.cache/ringway/ (not a devDependency: only that test needs it). Prints the binary's path.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# It copies the project into its build folder with rsync; it needs Node 22 or later (Set.union).
apt_install rsync rsync
node=$(bash "$(dirname "$0")/node24.sh")
version=4.75.1
dir="${XDG_CACHE_HOME:-$HOME/.cache}/ringway/gitlab-ci-local-$version"
bin="$dir/gitlab-ci-local"
if [ ! -x "$bin" ]; then
  echo "installing gitlab-ci-local $version (npm)" >&2
  tmp="$dir.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && echo '{"private":true}' >package.json &&
    npm install --silent --no-audit --no-fund --ignore-scripts "gitlab-ci-local@$version" >/dev/null)
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$node" "$dir/node_modules/gitlab-ci-local/dist/index.js" >"$tmp/gitlab-ci-local"
  chmod +x "$tmp/gitlab-ci-local"
  rm -rf "$dir" && mv "$tmp" "$dir"
fi
[ "$("$bin" --version)" = "$version" ] || { echo "gitlab-ci-local: $bin is not $version" >&2; exit 1; }
echo "$bin"
