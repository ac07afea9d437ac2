// The client behind ./icn documents publish (scripts/documents.sh): reads each file, signs in when
// no token is given, sends the files to publishDocuments in batches the API accepts, and prints
// "sha256:<hex>  FILE" per file. Any refusal ends it with exit code 1 and a message per problem.
import { readFile } from 'node:fs/promises';

const apiUrl = process.env.ICN_API_URL ?? 'http://127.0.0.1:5080';
const batchSize = 100; // publishDocuments takes at most 100 documents per call
const files = process.argv.slice(2);

const publish = `mutation Publish($input: PublishDocumentsInput!) {
  publishDocuments(input: $input) { documentIds errors { code message path } }
}`;

function fail(message) {
  process.stderr.write(`icn: ${message}\n`);
  process.exit(1);
}

function step(message) {
  process.stderr.write(`\x1b[1m==> ${message}\x1b[0m\n`);
}

async function post(path, body, token) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(new URL(path, apiUrl), { method: 'POST', headers, body: JSON.stringify(body) });
  } catch (error) {
    fail(`the API at ${apiUrl} does not answer (${error.cause?.code ?? error.cause?.message ?? error.message}); start it with ./icn run or set ICN_API_URL`);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    fail(`${path} answered ${response.status} with something that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, json };
}

async function signIn() {
  if (process.env.ICN_ADMIN_TOKEN) return process.env.ICN_ADMIN_TOKEN;
  const email = process.env.ICN_ADMIN_EMAIL;
  step(`Signing in as ${email}`);
  const { status, json } = await post('/auth/login', { email, password: process.env.ICN_ADMIN_PASSWORD });
  if (status !== 200 || !json.accessToken) {
    fail(`signing in as ${email} was refused (${status}${json.detail ? `: ${json.detail}` : ''}); check ICN_ADMIN_EMAIL and ICN_ADMIN_PASSWORD`);
  }
  return json.accessToken;
}

const documents = await Promise.all(files.map(async (file) => ({ file, body: await readFile(file, 'utf8') })));
const token = await signIn();

let refused = false;
for (let start = 0; start < documents.length; start += batchSize) {
  const batch = documents.slice(start, start + batchSize);
  const input = { documents: batch.map(({ file, body }) => ({ body, name: file.slice(-200) })) };
  const { status, json } = await post('/graphql', { query: publish, variables: { input } }, token);
  if (json.errors?.length) {
    const messages = json.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n  ');
    fail(`the API refused to publish (${status}):\n  ${messages}`);
  }
  const payload = json.data.publishDocuments;
  if (payload.errors.length) {
    refused = true;
    for (const error of payload.errors) {
      // The path is ["input", "documents", <index>, "body"]: name the file it concerns.
      const index = Number(error.path?.[2]);
      const where = Number.isInteger(index) && batch[index] ? batch[index].file : 'input';
      process.stderr.write(`icn: ${where}: ${error.message}\n`);
    }
    continue;
  }
  payload.documentIds.forEach((id, i) => process.stdout.write(`${id}  ${batch[i].file}\n`));
}

if (refused) fail('documents were refused; none of their batch was published');
