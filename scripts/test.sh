# ./icn test: every suite against a throwaway PostgreSQL; ends with "N passed, N failed". Sourced by ./icn.

TEST_PASSED=0
TEST_FAILED=0

count() { TEST_PASSED=$((TEST_PASSED + $1)); TEST_FAILED=$((TEST_FAILED + $2)); }

# The .NET suites, counted from their TRX reports; a test host that crashed counts as a failure.
run_dotnet_tests() {
  local results=$1/dotnet status=0 passed=0 failed=0 file
  step "Running the .NET test suites"
  # Strict: a missing snapshot fails. SNAPSHOOTER_STRICT_MODE=false ./icn test records new ones.
  SNAPSHOOTER_STRICT_MODE=${SNAPSHOOTER_STRICT_MODE:-true} dotnet test Icn.Api.sln -c Release --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
  for file in "$results"/*.trx; do
    [ -f "$file" ] || continue
    passed=$((passed + $(grep -o '<Counters [^>]*' "$file" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')))
    failed=$((failed + $(grep -o '<Counters [^>]*' "$file" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')))
  done
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "icn: dotnet test exited with $status" >&2; fi
  count "$passed" "$failed"
}

# The protocol suites: real npm clients against the API started as ./icn run starts it.
run_protocol_tests() {
  local work=$1 port url status=0 output database password
  port=$(free_port 25080)
  # A database of this run's own: runs sharing one ICN_TEST_DATABASE server must not meet.
  database="icn_protocol_$$_$RANDOM"
  url="http://127.0.0.1:$port"
  step "Starting the API on $url for the protocol suites"
  # The demo accounts get a password of this run's own: the trusted documents suite publishes as admin.
  password="Protocol-$RANDOM-Pass-9x"
  # The protocol suites send hundreds of anonymous requests from one address in a few seconds.
  Demo__Password=$password RateLimits__AnonymousPerMinute=1000000 RateLimits__AddressPerMinute=1000000 ConnectionStrings__Icn=$(with_database "$ICN_TEST_DATABASE" "$database") start_api "$url" >"$work/api.log" 2>&1
  if ! wait_ready "$url" 120; then
    tail -n 40 "$work/api.log" >&2
    echo "icn: the API did not become ready for the protocol suites" >&2
    kill "$API_PID" 2>/dev/null || true
    count 0 1
    return
  fi
  step "Running the protocol suites (node --test)"
  output=$work/protocol.tap
  ICN_API_URL=$url ICN_ADMIN_EMAIL=admin@demo.icn ICN_ADMIN_PASSWORD=$password \
    node --test --test-reporter=tap tests/protocol/ >"$output" 2>&1 || status=$?
  kill "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
  grep -E '^(not ok|# (tests|pass|fail))' "$output" || true
  local passed failed
  passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$output" | tail -n 1)
  failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$output" | tail -n 1)
  passed=${passed:-0}
  failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; cat "$output" >&2; fi
  count "$passed" "$failed"
}

icn_test() {
  local started=$SECONDS
  require_tool curl "install curl"
  setup_dotnet
  setup_graphiql
  npm_install tests/protocol
  build_api

  # Global, not local: the EXIT trap runs after this function has returned.
  TEST_WORK=$(mktemp -d /var/tmp/icn-test.XXXXXX)
  TEST_DATA=""
  API_PID=""
  cleanup_test() {
    if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; fi
    if [ -n "$TEST_DATA" ]; then pg_stop "$TEST_DATA"; fi
    rm -rf "$TEST_WORK"
  }
  trap cleanup_test EXIT

  if [ -n "${ICN_TEST_DATABASE:-}" ]; then
    step "Using the PostgreSQL server of ICN_TEST_DATABASE"
  else
    TEST_DATA=$TEST_WORK/pg
    step "Starting a throwaway PostgreSQL in $TEST_DATA"
    # Durability is not what these tests are about: trade it for speed.
    local port
    port=$(pg_start "$TEST_DATA" "$(free_port 25432)" fsync=off full_page_writes=off synchronous_commit=off max_connections=300)
    export ICN_TEST_DATABASE
    ICN_TEST_DATABASE=$(pg_connection_string "$port" postgres)
  fi

  run_dotnet_tests "$TEST_WORK"
  run_protocol_tests "$TEST_WORK"

  echo "    (all suites took $((SECONDS - started)) s)" >&2
  echo "$TEST_PASSED passed, $TEST_FAILED failed"
  [ "$TEST_FAILED" -eq 0 ]
}
