#!/usr/bin/env bash
# helm renders the charts of HLD components; no prebuilt download works here, so go install.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install helm helm.sh/helm/v3/cmd/helm@v3.19.5
