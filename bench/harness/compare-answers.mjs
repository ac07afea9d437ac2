// Fails loudly unless the GraphQL answer and the baseline's are the same listing, so that the bench
// never compares two servers doing different work. Usage: node compare-answers.mjs GRAPHQL BASELINE
import { readFileSync } from 'node:fs';

const [graphqlFile, baselineFile] = process.argv.slice(2);
const graphql = parse(graphqlFile);
const baseline = parse(baselineFile);

const nodes = graphql?.data?.opportunities?.nodes;
if (graphql?.errors || !Array.isArray(nodes) || nodes.length === 0) {
  fail(`the GraphQL answer is not a non-empty listing:\n${JSON.stringify(graphql).slice(0, 2000)}`);
}

const difference = firstDifference(graphql, baseline, '$');
if (difference) fail(`the answers differ at ${difference}`);
console.log(`    both answers list the same ${nodes.length} opportunities`);

function parse(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`${file} is not JSON (${error.message}):\n${readFileSync(file, 'utf8').slice(0, 2000)}`);
  }
}

// The path of the first place where the two values differ, with both values; null when they are equal.
function firstDifference(left, right, path) {
  if (left !== null && right !== null && typeof left === 'object' && typeof right === 'object'
      && Array.isArray(left) === Array.isArray(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
      const found = firstDifference(left[key], right[key], Array.isArray(left) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(left, right) ? null : `${path}: GraphQL ${JSON.stringify(left)}, baseline ${JSON.stringify(right)}`;
}

function fail(message) {
  console.error(`icn bench: ${message}`);
  process.exit(1);
}
