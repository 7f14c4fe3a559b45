#!/usr/bin/env bash
# Image builds and a local OCI registry for build-image: buildah, podman, skopeo (digests),
# Debian's docker-registry, htpasswd (apache2-utils) for its bcrypt users, openssl for its token certificate.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
apt_install buildah buildah
apt_install podman podman
apt_install skopeo skopeo
apt_install docker-registry docker-registry
apt_install htpasswd apache2-utils
# openssl: the certificate of the test token service (Bearer auth against docker-registry).
apt_install openssl openssl
