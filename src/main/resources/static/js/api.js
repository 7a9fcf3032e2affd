// Calls to the service's own JSON API (same origin). Errors carry the problem detail's text.
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.size ? `${path}?${query}` : path;
  return answer(await fetch(url, {headers: {Accept: 'application/json'}}));
}

/** Uploads a file as multipart (field "file"), with the write token as a bearer token when one is given. */
export async function upload(file, token) {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers = {Accept: 'application/json'};
  if (token) headers.Authorization = `Bearer ${token}`;
  return answer(await fetch('/api/documents', {method: 'POST', body, headers}));
}

/** A JSON write (POST with a body, DELETE without), with the write token as a bearer token when one is given. */
export async function sendJson(method, path, body, token) {
  const headers = {Accept: 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return answer(await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)}));
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = typeof body === 'object' ? (body.detail || body.title) : `${response.status}`;
    const error = new Error(message || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

let settings;

/** The explorer's settings (Neo4j Browser address, whether uploads need the token), read once. */
export async function explorerSettings() {
  settings ??= getJson('/api/explorer').catch(() => ({browserUrl: null, writeTokenRequired: false}));
  return settings;
}
