#!/usr/bin/env bash
# Sourced by .ci/run (or by hand for local work): installs PostgreSQL from Debian's packages when missing,
# starts a throwaway cluster in a temporary folder as the unprivileged `postgres` user on a free local port,
# exports ENTENTE_TEST_PG for the store tests, and stops the cluster when the shell exits.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
pg_dir="$(mktemp -d /tmp/entente-pg.XXXXXX)"
chown postgres "$pg_dir"
# A free local port: ask the kernel for one.
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
as_postgres() { if [[ "$(id -un)" == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi; }
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; exit 1; }
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; exit 1; }
stop_postgres() { as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres entente_test
export ENTENTE_TEST_PG="postgresql://postgres@127.0.0.1:$pg_port/entente_test"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port ($ENTENTE_TEST_PG)"
