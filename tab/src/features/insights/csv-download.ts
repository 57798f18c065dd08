import { decodeApiErrorBody } from '../../lib/api-decoders';
import { ApiError } from '../../lib/api-error';
import { devUserHeader, getDevUser } from '../../lib/dev-user';
import { getTeamsSsoToken } from '../../lib/teams';

/**
 * Downloads a CSV export. A plain link cannot do it: the export needs the same credentials as
 * every API call (Teams SSO token or the development user), which only a script can send. The
 * ApiClient decodes JSON only, so this fetches the file itself with the same headers, then hands
 * the browser a Blob under the server's file name.
 */
export async function downloadCsv(path: string, fallbackName: string): Promise<void> {
  const headers = new Headers({ Accept: 'text/csv' });
  let token: string | undefined;
  try {
    token = await getTeamsSsoToken();
  } catch {
    throw new ApiError(401, 'sso_failed', 'Teams could not sign you in to Maker Hub. Please try again.');
  }
  if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
  const devUser = getDevUser();
  if (devUser !== undefined) headers.set(devUserHeader, devUser);

  let response: Response;
  try {
    response = await fetch(path, { headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Maker Hub could not reach its server. Check your connection and try again.');
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  saveBlob(blob, fileName(response.headers.get('Content-Disposition')) ?? fallbackName);
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = decodeApiErrorBody(await response.json().catch(() => undefined));
  if (body !== undefined) return new ApiError(response.status, body.error.code, body.error.message);
  return new ApiError(response.status, `http_${response.status}`, `The export failed (HTTP ${response.status}). Please try again.`);
}

/** The file name of `attachment; filename="x.csv"` (or RFC 5987 `filename*=UTF-8''x.csv`). */
export function fileName(disposition: string | null): string | undefined {
  if (disposition === null) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1] !== undefined) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || undefined;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
