// Prints the workflow runtime's table from the JSON lines of bench/Icn.Bench.Workflows (one per
// part: "journal", "timers"). Usage: node workflow-report.mjs RESULTS_JSONL DESCRIPTION
import { readFileSync } from 'node:fs';

const journalGoal = 500;
const [file, description] = process.argv.slice(2);
const results = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const journal = results.find((r) => r.part === 'journal');
const timers = results.find((r) => r.part === 'timers');

const row = (label, value) => console.log(label.padEnd(40) + String(value).padStart(14));
console.log(`\n${description}\n`);

if (journal) {
  const rowsPerSecond = journal.journalRows / journal.seconds;
  console.log(`Many instances advancing at once (${journal.instances} instances, ${journal.concurrency} signallers, ${journal.seconds.toFixed(1)} s)`);
  row(`  journal rows/s (goal >= ${journalGoal})`, `${rowsPerSecond.toFixed(0)} ${rowsPerSecond >= journalGoal ? 'met' : 'not met'}`);
  row('  bursts/s', (journal.bursts / journal.seconds).toFixed(1));
  row('  journal rows per burst', journal.bursts ? (journal.journalRows / journal.bursts).toFixed(2) : '-');
  row('  synchronous_commit / fsync', `${journal.synchronousCommit} / ${journal.fsync}`);
}

if (timers) {
  console.log(`\nTimers due at once, drained by ${timers.processes} processes of ${timers.loops} loops each`);
  row('  timers drained', timers.count);
  row('  seconds', timers.seconds.toFixed(2));
  row('  timers/s', (timers.count / timers.seconds).toFixed(1));
  row('  fired per process', timers.firedPerProcess.join(' / '));
  row('  exactly-once check', timers.exactlyOnce ? 'passed' : 'FAILED');
  row('  synchronous_commit / fsync', `${timers.synchronousCommit} / ${timers.fsync}`);
  if (!timers.exactlyOnce) {
    console.log(`  ${timers.check}`);
  }
}

for (const part of [journal, timers].filter(Boolean)) {
  if (part.synchronousCommit !== 'on' || part.fsync !== 'on') {
    console.log(`WARNING: the ${part.part} part ran with synchronous_commit=${part.synchronousCommit}, fsync=${part.fsync}: its commits were not durable`);
  }
}
