# The workflow runtime's part of the bench: bench/Icn.Bench.Workflows (built with the solution)
# against databases of its own on the bench's PostgreSQL, which runs with synchronous_commit and
# fsync on (PostgreSQL's defaults, set explicitly by scripts/bench.sh): what it counts are durable
# commits. What is measured and how to read it: bench/README.md, "Workflow runtime".

BENCH_WORKFLOWS_DLL=$ROOT/bench/Icn.Bench.Workflows/bin/Release/net10.0/Icn.Bench.Workflows.dll

# bench_workflows: both parts, then their table; fails when the timers' exactly-once check fails.
bench_workflows() {
  local seconds=${ICN_BENCH_WORKFLOW_SECONDS:-10} instances=${ICN_BENCH_WORKFLOW_INSTANCES:-200}
  local concurrency=${ICN_BENCH_WORKFLOW_CONCURRENCY:-16} timers=${ICN_BENCH_WORKFLOW_TIMERS:-10000}
  local processes=${ICN_BENCH_WORKFLOW_PROCESSES:-2} loops=${ICN_BENCH_WORKFLOW_TIMER_LOOPS:-4}
  local results=$BENCH_WORK/workflows.jsonl checked=0

  step "Workflow runtime: $instances instances advanced by $concurrency signallers for $seconds s (journal rows/s)"
  dotnet "$BENCH_WORKFLOWS_DLL" journal --connection "$(pg_connection_string "$BENCH_PG_PORT" icn_bench_workflow_journal)" \
    --seconds "$seconds" --instances "$instances" --concurrency "$concurrency" >>"$results" \
    || die "the workflow journal bench failed"

  step "Workflow runtime: $timers timers due at once, drained by $processes processes of $loops loops"
  dotnet "$BENCH_WORKFLOWS_DLL" timers --connection "$(pg_connection_string "$BENCH_PG_PORT" icn_bench_workflow_timers)" \
    --count "$timers" --processes "$processes" --loops "$loops" >>"$results" || checked=$?

  node "$ROOT/bench/harness/workflow-report.mjs" "$results" \
    "Workflow runtime on PostgreSQL with synchronous_commit=on, fsync=on (bench/README.md, \"Workflow runtime\")"
  [ "$checked" -eq 0 ] || die "the workflow timers bench failed: a timer did not fire exactly once, or a worker failed (see above)"
}
