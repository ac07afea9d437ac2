// The GraphQL over HTTP spec's audit suite (npm graphql-http, auditServer) against our endpoint.
// Every audit is a test of its own, and a warning (a SHOULD or MAY not met) fails like an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditServer } from 'graphql-http';
import { graphqlUrl } from './api.mjs';

const results = await auditServer({ url: graphqlUrl });

test('the audit suite has all 61 audits', () => {
  assert.equal(results.length, 61);
});

for (const result of results) {
  test(`${result.id} ${result.name}`, async () => {
    if (result.status !== 'ok') {
      const detail = result.response ? ` (status ${result.response.status}: ${await result.response.text()})` : '';
      assert.fail(`${result.status}: ${result.reason}${detail}`);
    }
  });
}
