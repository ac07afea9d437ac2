# The load generator of ./icn bench: Debian's wrk, or npm's autocannon where wrk cannot be had.
# Either runs a fixed number of connections (wrk also a fixed number of threads) for a fixed time
# and prints one JSON line: requests, seconds, p50Ms, p99Ms, non2xx, socketErrors.

BENCH_THREADS=${ICN_BENCH_THREADS:-1}
BENCH_CONNECTIONS=${ICN_BENCH_CONNECTIONS:-16}
BENCH_LOADER=""

# Sets BENCH_LOADER to wrk or autocannon; as root, installs wrk with apt-get when it is missing.
bench_choose_loader() {
  if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing wrk (apt-get)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >/dev/null 2>&1 || true
  fi
  if command -v wrk >/dev/null 2>&1; then
    BENCH_LOADER=wrk
    return
  fi
  echo "    wrk cannot be had here: falling back to autocannon from npm" >&2
  npm_install "$ROOT/bench"
  BENCH_LOADER=autocannon
}

# What the load is, for the report.
bench_loader_description() {
  if [ "$BENCH_LOADER" = wrk ]; then
    echo "wrk with $BENCH_THREADS thread(s) and $BENCH_CONNECTIONS connections"
  else
    echo "autocannon with $BENCH_CONNECTIONS connections"
  fi
}

# bench_load URL SECONDS: the website listing request, POSTed to URL/graphql for SECONDS.
bench_load() {
  local url=$1 seconds=$2 body=$ROOT/bench/website-listing.json
  if [ "$BENCH_LOADER" = wrk ]; then
    ICN_BENCH_BODY=$body wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${seconds}s" --timeout 10s \
      -s "$ROOT/bench/harness/wrk-post.lua" "$url/graphql" | grep '^{' | tail -n 1
  else
    node "$ROOT/bench/harness/autocannon-load.mjs" "$url/graphql" "$seconds" "$BENCH_CONNECTIONS" "$body"
  fi
}
