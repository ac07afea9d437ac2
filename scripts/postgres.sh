# Local PostgreSQL clusters started from the machine's own binaries (initdb, pg_ctl, postgres).
# Sourced by ./icn. PostgreSQL refuses to run as root, so as root every server command runs as
# the `postgres` system user, on a data directory that user can reach (never under /root or a
# root-only temporary folder: /var/tmp is used instead).

pg_bin() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return; }
  done
  die "PostgreSQL's '$name' was not found. Install the server (apt-get install postgresql) or set ConnectionStrings__Icn."
}

# Runs a command as the user that owns the database files.
as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' system user for the database server (apt-get install postgresql creates it)."
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Prints a TCP port on 127.0.0.1 that nothing listens on, starting the search at $1.
free_port() {
  local port=${1:-15432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# pg_prepare_dir DIR: creates DIR (and its parents) so that the database user owns it.
pg_prepare_dir() {
  local dir=$1
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$(dirname "$dir")"
    chown postgres:postgres "$dir"
  fi
  chmod 700 "$dir"
}

# pg_start DATA_DIR PORT [extra postgres -c settings...]
# Initialises the cluster on first use, then starts it listening on 127.0.0.1:PORT only.
# Prints the port it is running on (an already running server keeps its own port).
pg_start() {
  local data=$1 port=$2; shift 2
  local settings="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -p $port"
  local setting
  for setting in "$@"; do settings="$settings -c $setting"; done

  if [ ! -f "$data/PG_VERSION" ]; then
    pg_prepare_dir "$data"
    # Trust on loopback only: a throwaway developer database with no password to manage.
    as_pg_user "$(pg_bin initdb)" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log" >&2; die "initdb failed for $data"; }
    rm -f "$data.initdb.log"
  fi

  if as_pg_user "$(pg_bin pg_ctl)" -D "$data" status >/dev/null 2>&1; then
    sed -n 4p "$data/postmaster.pid"
    return
  fi
  as_pg_user "$(pg_bin pg_ctl)" -D "$data" -l "$data/server.log" -w -t 60 -o "$settings" start >/dev/null \
    || { tail -n 20 "$data/server.log" >&2; die "PostgreSQL did not start (log: $data/server.log)"; }
  echo "$port"
}

pg_stop() {
  local data=$1
  [ -f "$data/postmaster.pid" ] || return 0
  as_pg_user "$(pg_bin pg_ctl)" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

pg_connection_string() {
  local port=$1 database=$2
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database;Maximum Pool Size=50;Max Auto Prepare=50"
}

# with_database CONNECTION_STRING NAME: the same server, another database.
with_database() {
  local connection=$1 name=$2
  printf '%s' "$connection" | sed -E 's/(^|;)[[:space:]]*Database=[^;]*//I; s/^;//'
  printf ';Database=%s' "$name"
}
