// ./icn documents publish against the running API, then the published document read by id over
// GET as a website's browser or CDN would: cacheable, with an ETag that revalidates to 304.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiUrl, graphqlUrl } from './api.mjs';

const icn = fileURLToPath(new URL('../../icn', import.meta.url));
const credentials = { ICN_ADMIN_EMAIL: process.env.ICN_ADMIN_EMAIL, ICN_ADMIN_PASSWORD: process.env.ICN_ADMIN_PASSWORD };
const skip = !credentials.ICN_ADMIN_PASSWORD && 'needs ICN_ADMIN_EMAIL and ICN_ADMIN_PASSWORD (./icn test sets them)';

function publish(...files) {
  return new Promise((resolve) => {
    execFile(icn, ['documents', 'publish', ...files], { env: { ...process.env, ...credentials, ICN_API_URL: apiUrl } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

async function documentFile(name, text) {
  const file = join(await mkdtemp(join(tmpdir(), 'icn-documents-')), name);
  await writeFile(file, text);
  return file;
}

test('./icn documents publish prints each id, and a GET by id is cacheable and revalidates to 304', { skip }, async () => {
  const text = 'query ProtocolRegions {\n  regions { slug name }\n}\n';
  const file = await documentFile('regions.graphql', text);
  const published = await publish(file);
  assert.equal(published.code, 0, published.stderr);
  const id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  assert.equal(published.stdout, `${id}  ${file}\n`);

  const url = `${graphqlUrl}?documentId=${encodeURIComponent(id)}`;
  const first = await fetch(url, { headers: { Accept: 'application/graphql-response+json' } });
  assert.equal(first.status, 200);
  assert.ok((await first.json()).data.regions.length > 0);
  assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
  const etag = first.headers.get('etag');
  assert.match(etag, /^"[A-Za-z0-9_-]{43}"$/);

  const again = await fetch(url, { headers: { Accept: 'application/graphql-response+json', 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
});

test('./icn documents publish fails with the file and the reason when a document does not validate', { skip }, async () => {
  const file = await documentFile('broken.graphql', 'query Broken { regions { noSuchField } }\n');
  const published = await publish(file);
  assert.notEqual(published.code, 0);
  assert.equal(published.stdout, '');
  assert.match(published.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*noSuchField`));
});
