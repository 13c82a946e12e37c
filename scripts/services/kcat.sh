#!/usr/bin/env bash
# kcat, the outside Kafka client the end-to-end tests use to read what the gateway published.
# Idempotent; installs Debian's package when missing (as root).
set -euo pipefail

fail() {
    echo "kcat.sh: $*" >&2
    exit 1
}

if ! command -v kcat >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || fail "kcat is not installed and installing it needs root: run 'apt-get install kcat' as root, or this script as root"
    command -v apt-get >/dev/null 2>&1 || fail "kcat is not installed and there is no apt-get to install it (a Debian machine is expected)"
    echo "kcat.sh: installing kcat from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update failed (is a Debian mirror reachable?)"
    apt-get install -y -qq --no-install-recommends kcat >/dev/null || fail "apt-get install kcat failed"
fi
echo "kcat: $(command -v kcat)"
