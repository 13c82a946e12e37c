#!/usr/bin/env bash
# PostgreSQL for the tests: an isolated cluster listening on 127.0.0.1:55432 (UNIPASS_PG_PORT overrides), trust
# authentication, role and database unipass/unipass. The role may create databases, so that test fixtures work
# in databases of their own. Idempotent: when a server already answers on the port it is reused (by every
# checkout on the machine). Installs PostgreSQL from Debian's packages when missing (as root).
# The cluster lives in artifacts/pg of this checkout, or in /var/tmp/unipass-pg-PORT when the server's user
# cannot reach the checkout (a clone under /root, say). As root the server runs as Debian's postgres user,
# otherwise as the calling user.
# Connection string for the tests (their default): Host=127.0.0.1;Port=55432;Username=unipass;Password=unipass;Database=unipass
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${UNIPASS_PG_PORT:-55432}
export DEBIAN_FRONTEND=noninteractive

fail() {
    echo "postgres.sh: $*" >&2
    exit 1
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || fail "PostgreSQL is not installed and installing it needs root: run 'apt-get install postgresql' as root, or this script as root"
    command -v apt-get >/dev/null 2>&1 || fail "PostgreSQL is not installed and there is no apt-get to install it (a Debian machine is expected)"
    echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq || fail "apt-get update failed (is a Debian mirror reachable?)"
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null || fail "apt-get install postgresql failed"
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# Runs a command line as the server's user.
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "cd / && $1"
    else
        sh -c "$1"
    fi
}

if ! "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    dir=$PWD/artifacts/pg
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    if ! as_server "test -w '$dir' && test -x '$dir'" 2>/dev/null; then
        dir=/var/tmp/unipass-pg-$port
        echo "postgres.sh: the server's user cannot reach this checkout; the cluster goes to $dir" >&2
        mkdir -p "$dir"
        if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
        chmod 700 "$dir"
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_server "'$pgbin/initdb' -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null || fail "initdb in $dir/data failed"
    fi
    # Test settings: durability traded for speed (the gateway's own crash tests kill the gateway, not PostgreSQL).
    if ! as_server "'$pgbin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null; then
        tail -n 20 "$dir/log" >&2 || true
        fail "the server did not start on 127.0.0.1:$port (its log is $dir/log; is the port taken by something that is not PostgreSQL?)"
    fi
fi

for _ in $(seq 1 50); do "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done
"$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" || fail "no server answers on 127.0.0.1:$port"
psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q <<'SQL' || fail "creating role and database unipass failed (a server on port $port that does not trust local connections as postgres?)"
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'unipass') THEN
    CREATE ROLE unipass LOGIN CREATEDB PASSWORD 'unipass';
  END IF;
END $$;
SELECT 'CREATE DATABASE unipass OWNER unipass' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'unipass')\gexec
SQL
echo "postgresql://unipass@127.0.0.1:$port/unipass"
