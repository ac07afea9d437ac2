# ./icn bench [listing|workflows]: by default both parts, on one throwaway PostgreSQL.
# - listing: the website listing over HTTP on loopback, the GraphQL API against the hand-written
#   baseline in bench/Icn.Bench.Baseline, on the same database, in the same run.
# - workflows: the workflow runtime (bench/Icn.Bench.Workflows) on databases of its own: journal rows
#   committed per second with many instances advancing at once, and the time two processes take to
#   drain timers due at once, each fired exactly once.
# Sourced by ./icn; what is measured and how to read it: bench/README.md. Settings (environment):
# ICN_BENCH_ROUNDS (3), ICN_BENCH_SECONDS (10), ICN_BENCH_WARMUP_SECONDS (30),
# ICN_BENCH_THREADS (1), ICN_BENCH_CONNECTIONS (16) for the listing;
# ICN_BENCH_WORKFLOW_SECONDS (10), ICN_BENCH_WORKFLOW_INSTANCES (200),
# ICN_BENCH_WORKFLOW_CONCURRENCY (16), ICN_BENCH_WORKFLOW_TIMERS (10000),
# ICN_BENCH_WORKFLOW_PROCESSES (2), ICN_BENCH_WORKFLOW_TIMER_LOOPS (4) for the workflow runtime.

# shellcheck source=bench/harness/load.sh
source "$ROOT/bench/harness/load.sh"
# shellcheck source=bench/harness/sql-commands.sh
source "$ROOT/bench/harness/sql-commands.sh"
# shellcheck source=bench/harness/servers.sh
source "$ROOT/bench/harness/servers.sh"
# shellcheck source=bench/harness/workflows.sh
source "$ROOT/bench/harness/workflows.sh"

bench_fail() {
  local log=$1; shift
  [ -f "$log" ] && tail -n 40 "$log" >&2
  die "$*"
}

# bench_round SIDE ROUND URL PID SECONDS: one measured load; prints its JSON line for report.mjs.
bench_round() {
  local side=$1 round=$2 url=$3 pid=$4 seconds=$5 load cpu_before cpu_ms sql_calls sql_us
  sql_counter_reset
  bench_peak_reset "$pid"
  cpu_before=$(bench_cpu_ms "$pid")
  load=$(bench_load "$url" "$seconds") || true
  [ -n "$load" ] || die "the load generator printed no result for $side (round $round)"
  # Answers still in flight when the load stopped are counted in SQL but not in requests: let them end.
  sleep 0.5
  cpu_ms=$(($(bench_cpu_ms "$pid") - cpu_before))
  read -r sql_calls sql_us < <(sql_counter_read)
  printf '%s,"side":"%s","round":%d,"peakKiB":%d,"sqlCalls":%d,"sqlUs":%d,"cpuMs":%d}\n' \
    "${load%\}}" "$side" "$round" "$(bench_peak_kib "$pid")" "$sql_calls" "$sql_us" "$cpu_ms"
}

icn_bench() {
  local part=${1:-all}
  case "$part" in
    all|listing|workflows) ;;
    *) die "unknown bench part '$part': ./icn bench [listing|workflows]" ;;
  esac
  require_tool node "install Node.js 20 or later"
  [ "$part" = workflows ] || require_tool curl "install curl"
  setup_dotnet
  build_api
  [ "$part" = workflows ] || bench_choose_loader

  # Global, not local: the EXIT trap runs after this function has returned.
  BENCH_WORK=$(mktemp -d /var/tmp/icn-bench.XXXXXX)
  BENCH_DATA=$BENCH_WORK/pg
  API_PID=""
  BASELINE_PID=""
  bench_cleanup() {
    bench_stop_servers
    pg_stop "$BENCH_DATA"
    rm -rf "$BENCH_WORK"
  }
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM

  step "Starting a throwaway PostgreSQL with pg_stat_statements in $BENCH_DATA"
  # synchronous_commit and fsync are PostgreSQL's defaults, named here because the workflow part
  # counts durable commits: a faster setting would measure memory, not the runtime.
  BENCH_PG_PORT=$(pg_start "$BENCH_DATA" "$(free_port 35432)" "${BENCH_PG_SETTINGS[@]}" max_connections=200 synchronous_commit=on fsync=on)

  if [ "$part" != workflows ]; then
    bench_listing
    # The listing's servers would only take memory from the workflow part.
    bench_stop_servers
  fi
  if [ "$part" != listing ]; then
    bench_workflows
  fi
}

bench_stop_servers() {
  local pid
  for pid in "$API_PID" "$BASELINE_PID"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  API_PID=""
  BASELINE_PID=""
}

# bench_listing: the website listing, GraphQL against the baseline, on the running PostgreSQL.
bench_listing() {
  local rounds=${ICN_BENCH_ROUNDS:-3} seconds=${ICN_BENCH_SECONDS:-10} warmup=${ICN_BENCH_WARMUP_SECONDS:-30}
  local graphql_url baseline_url round
  sql_counter_install
  export ConnectionStrings__Icn
  ConnectionStrings__Icn=$(pg_connection_string "$BENCH_PG_PORT" "$BENCH_DATABASE")

  # Migrating and seeding run in a first API process, so that the measured one's peak memory is
  # that of serving, not of writing the demo network.
  graphql_url=http://127.0.0.1:$(free_port 35080)
  step "Migrating and seeding the demo network"
  start_api "$graphql_url" >"$BENCH_WORK/seed.log" 2>&1
  wait_ready "$graphql_url" 180 || bench_fail "$BENCH_WORK/seed.log" "the API did not start to seed the database"
  kill "$API_PID"; wait "$API_PID" 2>/dev/null || true
  bench_settle_database

  step "Starting the API on $graphql_url"
  # Production encrypts its key ring with a certificate: a throwaway one, made by the SDK in a home
  # of the bench's own, so nothing is added to the user's certificate store.
  local key_ring_password
  key_ring_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  HOME="$BENCH_WORK/home" DOTNET_CLI_HOME="$BENCH_WORK/home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    dotnet dev-certs https --export-path "$BENCH_WORK/key-ring.pfx" --password "$key_ring_password" >"$BENCH_WORK/key-ring.log" 2>&1 \
    || bench_fail "$BENCH_WORK/key-ring.log" "could not make the key ring's certificate"
  # The load comes from one address: the per-address rate limit would measure the limiter, not the API.
  DataProtection__CertificatePath="$BENCH_WORK/key-ring.pfx" DataProtection__CertificatePassword="$key_ring_password" \
  ASPNETCORE_ENVIRONMENT=Production Demo__SeedOnStart=false RateLimits__AnonymousPerMinute=100000000 RateLimits__AddressPerMinute=100000000 start_api "$graphql_url" >"$BENCH_WORK/api.log" 2>&1
  wait_ready "$graphql_url" 120 || bench_fail "$BENCH_WORK/api.log" "the API did not become ready"
  baseline_url=http://127.0.0.1:$(free_port 35180)
  step "Starting the baseline on $baseline_url"
  start_baseline "$baseline_url" >"$BENCH_WORK/baseline.log" 2>&1
  bench_wait_answering "$baseline_url" "$BASELINE_PID" 60 || bench_fail "$BENCH_WORK/baseline.log" "the baseline did not start"

  step "Checking that both answer the same listing"
  bench_answer "$graphql_url" "$BENCH_WORK/graphql.json" || bench_fail "$BENCH_WORK/api.log" "the API did not answer the listing"
  bench_answer "$baseline_url" "$BENCH_WORK/baseline.json" || bench_fail "$BENCH_WORK/baseline.log" "the baseline did not answer the listing"
  node "$ROOT/bench/harness/compare-answers.mjs" "$BENCH_WORK/graphql.json" "$BENCH_WORK/baseline.json"

  step "Warming up each for $warmup s ($(bench_loader_description))"
  bench_load "$graphql_url" "$warmup" >/dev/null || die "the load generator failed against the API"
  bench_load "$baseline_url" "$warmup" >/dev/null || die "the load generator failed against the baseline"

  for ((round = 1; round <= rounds; round++)); do
    step "Round $round of $rounds: $seconds s each"
    bench_round graphql "$round" "$graphql_url" "$API_PID" "$seconds" >>"$BENCH_WORK/rounds.jsonl"
    bench_round baseline "$round" "$baseline_url" "$BASELINE_PID" "$seconds" >>"$BENCH_WORK/rounds.jsonl"
  done
  kill -0 "$API_PID" 2>/dev/null || bench_fail "$BENCH_WORK/api.log" "the API died under load"
  kill -0 "$BASELINE_PID" 2>/dev/null || bench_fail "$BENCH_WORK/baseline.log" "the baseline died under load"

  node "$ROOT/bench/harness/report.mjs" "$BENCH_WORK/rounds.jsonl" \
    "Website listing (first: 20, PUBLISHED) over loopback HTTP: $rounds rounds of $seconds s per side after $warmup s of warm-up, $(bench_loader_description)"
}
