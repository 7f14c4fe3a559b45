#!/usr/bin/env bash
# The real Fabrikate `fab`, the oracle of test/conformance. Built from the source archive in the
# steering repo's shared/tools/fabrikate (next to this repo, or next to the main checkout of a git
# worktree) with its build.sh; prints the binary's path. Where that folder is absent it prints
# nothing and succeeds: the conformance tests then say they were skipped (set FAB=/path/to/fab).
# Where it is present, a failed build fails (CI must not silently skip the conformance suite).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
common=$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo "$repo/.git")
for dir in "${FABRIKATE_TOOLS:-}" "$repo/../shared/tools/fabrikate" "$(dirname "$(dirname "$common")")/shared/tools/fabrikate"; do
  if [ -n "$dir" ] && [ -x "$dir/build.sh" ]; then
    exec bash "$dir/build.sh"
  fi
done
echo "fab: no shared/tools/fabrikate next to $repo; conformance tests will be skipped (set FAB=/path/to/fab)" >&2
