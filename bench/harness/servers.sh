# The baseline server and what the harness reads of a server process.

# start_baseline URL: the hand-written baseline (built with the solution) in the background,
# against $ConnectionStrings__Icn; sets BASELINE_PID.
start_baseline() {
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$1 \
    dotnet "$ROOT/bench/Icn.Bench.Baseline/bin/Release/net10.0/Icn.Bench.Baseline.dll" &
  BASELINE_PID=$!
}

# bench_answer URL FILE: one website listing request; its answer goes to FILE. Fails on an HTTP error.
bench_answer() {
  curl -fsS -o "$2" -H 'Content-Type: application/json' --data-binary "@$ROOT/bench/website-listing.json" "$1/graphql"
}

# bench_wait_answering URL PID SECONDS: waits until URL answers the listing, or fails when the
# process has died or the time is up.
bench_wait_answering() {
  local url=$1 pid=$2 limit=$3 i
  for ((i = 0; i < limit * 4; i++)); do
    if bench_answer "$url" /dev/null 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.25
  done
  return 1
}

# The process's peak resident memory in KiB (VmHWM); bench_peak_reset lowers it to the current
# resident size, so that each round reports its own peak.
bench_peak_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }
bench_peak_reset() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true; }

# The CPU time the process has used so far, in ms (user + system). Unlike requests/s, CPU per
# request hardly moves when other work on the machine competes for the cores.
bench_cpu_ms() {
  awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / tick) }' "/proc/$1/stat"
}
