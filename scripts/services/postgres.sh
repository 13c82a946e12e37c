#!/usr/bin/env bash
# PostgreSQL for the tests: an isolated cluster under artifacts/pg listening on 127.0.0.1:55432
# (UNIPASS_PG_PORT overrides), trust authentication, role and database unipass/unipass. The role may
# create databases, so that test fixtures work in databases of their own. Idempotent: when a server
# already answers on the port it is reused. Installs PostgreSQL from Debian's packages when missing.
# Connection string for the tests (their default): Host=127.0.0.1;Port=55432;Username=unipass;Password=unipass;Database=unipass
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${UNIPASS_PG_PORT:-55432}
export DEBIAN_FRONTEND=noninteractive

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

if ! "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    dir=$PWD/artifacts/pg
    mkdir -p "$dir"
    chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        su postgres -c "'$pgbin/initdb' -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null
    fi
    # Test settings: durability traded for speed (the gateway's own crash tests kill the gateway, not PostgreSQL).
    su postgres -c "'$pgbin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null
fi

for _ in $(seq 1 50); do "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done
psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'unipass') THEN
    CREATE ROLE unipass LOGIN CREATEDB PASSWORD 'unipass';
  END IF;
END $$;
SELECT 'CREATE DATABASE unipass OWNER unipass' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'unipass')\gexec
SQL
echo "postgresql://unipass@127.0.0.1:$port/unipass"
