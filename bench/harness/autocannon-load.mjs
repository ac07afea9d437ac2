// The fallback load generator where Debian's wrk cannot be had: the same fixed load, and the same
// one JSON line at the end as wrk-post.lua prints.
// Usage: node autocannon-load.mjs URL SECONDS CONNECTIONS BODY_FILE
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, seconds, connections, bodyFile] = process.argv.slice(2);
const result = await autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: readFileSync(bodyFile),
  duration: Number(seconds),
  connections: Number(connections),
  timeout: 10,
});

console.log(JSON.stringify({
  requests: result.requests.total,
  seconds: result.duration,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx,
  socketErrors: result.errors + result.timeouts,
}));
