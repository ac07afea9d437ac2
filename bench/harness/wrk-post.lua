-- wrk script for ./icn bench: POSTs the request body in $ICN_BENCH_BODY to every connection and,
-- when done, prints one JSON line that the harness reads (the same line autocannon-load.mjs prints).
local file = assert(io.open(assert(os.getenv("ICN_BENCH_BODY"), "ICN_BENCH_BODY is not set"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50Ms":%.3f,"p99Ms":%.3f,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
