#!/usr/bin/env bash
# kcat, the outside Kafka client the end-to-end tests use to read what the gateway published.
# Idempotent; installs Debian's package when missing.
set -euo pipefail
if ! command -v kcat >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends kcat >/dev/null
fi
echo "kcat: $(command -v kcat)"
