# SQL commands counted with pg_stat_statements. The servers use the database BENCH_DATABASE; the
# harness speaks to the database `postgres`, so its own statements are never counted. What is
# counted is what the application asks for: the statements Npgsql adds when it resets a pooled
# connection (pipelined with the next command, no round trip of their own) are not — the server
# runs with pg_stat_statements.track_utility=off (RESET ALL, DISCARD, ...), and the one plannable
# statement of the reset is left out below.

BENCH_PG_SETTINGS=(shared_preload_libraries=pg_stat_statements pg_stat_statements.track_utility=off)

BENCH_DATABASE=icn_bench

# bench_psql SQL [DATABASE]: runs SQL, by default in the database `postgres`.
bench_psql() {
  "$(pg_bin psql)" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d "${2:-postgres}" -XAtq -v ON_ERROR_STOP=1 -c "$1"
}

# Statistics for the freshly seeded tables, so that no round races autovacuum for its plans.
bench_settle_database() { bench_psql "VACUUM ANALYZE" "$BENCH_DATABASE" >/dev/null; }

sql_counter_install() { bench_psql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null; }

sql_counter_reset() { bench_psql "SELECT pg_stat_statements_reset()" >/dev/null; }

# The servers' statements executed since the last reset, and PostgreSQL's time on them in whole
# microseconds (execution, as planning is not tracked; wall time inside the server, so on a busy machine it also
# holds waiting for a core): "CALLS MICROSECONDS".
sql_counter_read() {
  bench_psql "SELECT coalesce(sum(s.calls), 0) || ' ' || round(coalesce(sum(s.total_exec_time), 0) * 1000)::bigint
              FROM pg_stat_statements s
              JOIN pg_database d ON d.oid = s.dbid
              WHERE d.datname = '$BENCH_DATABASE' AND s.query <> 'SELECT pg_advisory_unlock_all()'"
}
