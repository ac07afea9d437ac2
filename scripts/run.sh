# ./icn run: the API with a local database that is kept between runs. Sourced by ./icn.

icn_run() {
  local url=${ICN_URL:-http://127.0.0.1:5080}
  setup_dotnet
  setup_graphiql
  build_api

  # Globals, not locals: the EXIT trap runs after this function has returned.
  RUN_PG_DATA=""
  if [ -z "${ConnectionStrings__Icn:-}" ]; then
    local data=${ICN_DATA_DIR:-/var/tmp/icn/$(basename "$ROOT")-$(printf '%s' "$ROOT" | sha1sum | cut -c1-8)}
    step "Starting PostgreSQL (data kept in $data)"
    local port
    port=$(pg_start "$data" "$(free_port 15432)")
    RUN_PG_DATA=$data
    export ConnectionStrings__Icn
    ConnectionStrings__Icn=$(pg_connection_string "$port" icn)
    echo "    PostgreSQL listens on 127.0.0.1:$port; its log is $data/server.log" >&2
  else
    step "Using the database of ConnectionStrings__Icn"
  fi

  API_PID=""
  stop_all() {
    # Output may go to a pipe that Ctrl-C has closed (./icn run | tee log): still stop everything.
    trap '' PIPE
    trap - INT TERM EXIT
    if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null || true; fi
    if [ -n "$RUN_PG_DATA" ]; then step "Stopping PostgreSQL"; pg_stop "$RUN_PG_DATA"; fi
  }
  trap stop_all INT TERM EXIT

  demo_password
  step "Starting the API on $url (migrations and demo data are applied at start; Ctrl-C stops)"
  start_api "$url"
  if wait_ready "$url" 120; then
    step "Ready: GraphQL at $url/graphql, GraphiQL at $url/graphiql"
    if [ "${ASPNETCORE_ENVIRONMENT:-Development}" = Development ]; then
      cat >&2 <<EOF2
    Demo staff accounts: admin@demo.icn, secretariat@demo.icn, board1@demo.icn ... board5@demo.icn,
    and editor.<cluster-slug>@demo.icn for each cluster; password: $Demo__Password
    Sign in:  curl -s $url/auth/login -H 'Content-Type: application/json' \\
                -d '{"email":"admin@demo.icn","password":"$Demo__Password"}'
    then send the accessToken as 'Authorization: Bearer <token>'.
EOF2
    fi
  fi
  wait "$API_PID" || true
  API_PID=""
}

# The demo accounts' password: Demo__Password when given, else one generated once for this clone
# and kept in .icn/demo-password (not committed), so it stays the same between runs.
demo_password() {
  if [ -n "${Demo__Password:-}" ]; then export Demo__Password; return; fi
  local file=$ROOT/.icn/demo-password
  if [ ! -s "$file" ]; then
    mkdir -p "$ROOT/.icn"
    (umask 077 && printf 'Demo-%s-9x\n' "$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)" >"$file")
  fi
  export Demo__Password
  Demo__Password=$(cat "$file")
}
