// Prints the bench's table: per side, the median over rounds of each measure, and the ratio of
// GraphQL's requests/s to the baseline's. Usage: node report.mjs ROUNDS_JSONL DESCRIPTION
// Each line of ROUNDS_JSONL is one round of one side: { side, round, requests, seconds, p50Ms,
// p99Ms, non2xx, socketErrors, peakKiB, sqlCalls, sqlUs, cpuMs }.
import { readFileSync } from 'node:fs';

const goal = 0.6;
const sides = [['graphql', 'GraphQL'], ['baseline', 'baseline']];
const [file, description] = process.argv.slice(2);
const rounds = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const of = (side) => rounds.filter((r) => r.side === side);

const measures = [
  ['requests/s', (r) => r.requests / r.seconds, 1],
  ['p50 latency (ms)', (r) => r.p50Ms, 2],
  ['p99 latency (ms)', (r) => r.p99Ms, 2],
  ['peak memory (MiB)', (r) => r.peakKiB / 1024, 1],
  ['SQL commands/request', (r) => r.sqlCalls / r.requests, 2],
  ['PostgreSQL ms/request', (r) => r.sqlUs / 1000 / r.requests, 3],
  ['server CPU ms/request', (r) => r.cpuMs / r.requests, 2],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = Object.fromEntries(sides.map(([side]) =>
  [side, measures.map(([, measure]) => median(of(side).map(measure)))]));

const row = (label, cells) => label.padEnd(24) + cells.map((cell) => String(cell).padStart(12)).join('');
console.log(`\n${description}\n`);
console.log(row('median of rounds', sides.map(([, title]) => title)));
measures.forEach(([label, , digits], i) => console.log(row(label, sides.map(([side]) => medians[side][i].toFixed(digits)))));

console.log('\nrequests/s per round');
for (const round of [...new Set(rounds.map((r) => r.round))]) {
  console.log(row(`  round ${round}`, sides.map(([side]) => {
    const r = of(side).find((x) => x.round === round);
    return r ? (r.requests / r.seconds).toFixed(1) : '-';
  })));
}

const failed = rounds.filter((r) => r.non2xx > 0 || r.socketErrors > 0);
for (const r of failed) {
  console.log(`WARNING: ${r.side} round ${r.round}: ${r.non2xx} non-2xx answers, ${r.socketErrors} socket errors`);
}

const ratio = medians.graphql[0] / medians.baseline[0];
console.log(`\nGraphQL/baseline requests/s: ${ratio.toFixed(2)} (the product aims at >= ${goal.toFixed(1)}: ${ratio >= goal ? 'met' : 'not met'})`);
