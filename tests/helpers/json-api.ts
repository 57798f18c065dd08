/**
 * One JSON call to the app's HTTP API as the tab makes it: the body sent as JSON, the answer's
 * status and parsed body (null when empty). Headers pick the caller (x-dev-user, an SSO token).
 */
export async function jsonApi(baseUrl: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}${url}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, any> };
}
