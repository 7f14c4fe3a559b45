# Shared by scripts/tools/*.sh (sourced, not run). Quiet unless something is installed or fails.

# apt_install <command-to-probe> <package>...: installs the packages when the command is missing.
# dpkg allows one installer at a time, so installs are serialised with a lock.
apt_install() {
  local probe=$1; shift
  command -v "$probe" >/dev/null 2>&1 && return 0
  echo "installing $* (apt)" >&2
  (
    flock 9
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -n1)" ]; then
      apt-get update -qq >/dev/null
    fi
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  ) 9>/tmp/ringway-apt.lock
}

# go_install <binary> <module@version>: installs a Go tool into $(go env GOPATH)/bin when missing.
go_install() {
  local bin=$1 mod=$2
  local gobin
  gobin="$(go env GOPATH)/bin"
  [ -x "$gobin/$bin" ] && return 0
  echo "installing $bin ($mod, go install)" >&2
  GOFLAGS=-mod=mod go install "$mod" >/dev/null 2>&1 || { echo "go install $mod failed" >&2; return 1; }
}
