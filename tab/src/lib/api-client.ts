import { ApiError } from './api-error';
import { decodeApiErrorBody } from './api-decoders';
import { devUserHeader } from './dev-user';

/** The tab's locale on every API request (src/server/auth/tab-auth.ts reads it). */
export const localeHeader = 'X-Locale';

/** Checks a parsed JSON body and returns it typed, or undefined when it does not fit. */
export type Decoder<T> = (value: unknown) => T | undefined;

/** Where the API client gets its credentials; injected so tests can supply their own. */
export interface ApiClientOptions {
  /** Teams SSO token, or undefined outside Teams. */
  readonly getAuthToken: () => Promise<string | undefined>;
  /** Development identity override (`X-Dev-User`), or undefined. */
  readonly getDevUser: () => string | undefined;
  /**
   * The locale the tab speaks (Teams' app.locale): sent as X-Locale so the server keeps the
   * person's last seen locale for the cards it sends them later, without a turn.
   */
  readonly locale?: string;
  /** Defaults to the browser's fetch. */
  readonly fetch?: typeof fetch;
}

/** Typed access to the Maker Hub server's `/api/*` endpoints. */
export interface ApiClient {
  /** GET `path` and decode the JSON body; throws {@link ApiError} on any failure. */
  get<T>(path: string, decode: Decoder<T>, signal?: AbortSignal): Promise<T>;
  /** Sends `body` as JSON with a changing method and decodes the answer; throws {@link ApiError}. */
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, decode: Decoder<T>, signal?: AbortSignal): Promise<T>;
  /** POSTs a file's bytes as they are (an upload) and decodes the JSON answer; throws {@link ApiError}. */
  upload<T>(path: string, file: Blob, decode: Decoder<T>): Promise<T>;
  /** GETs bytes that need the caller's sign-in (an uploaded picture); throws {@link ApiError}. */
  blob(path: string, signal?: AbortSignal): Promise<Blob>;
}

/** Builds the client; every request carries the SSO token or the development user. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? window.fetch.bind(window);

  async function headers(): Promise<Headers> {
    const result = new Headers({ Accept: 'application/json' });
    let token: string | undefined;
    try {
      token = await options.getAuthToken();
    } catch (error) {
      throw new ApiError(
        401,
        'sso_failed',
        `Teams could not sign you in to Maker Hub (${describe(error)}). Please try again.`,
      );
    }
    if (token !== undefined) result.set('Authorization', `Bearer ${token}`);
    const devUser = options.getDevUser();
    if (devUser !== undefined) result.set(devUserHeader, devUser);
    if (options.locale) result.set(localeHeader, options.locale);
    return result;
  }

  async function request<T>(method: string, path: string, body: unknown, decode: Decoder<T>, signal?: AbortSignal): Promise<T> {
    const init: RequestInit = { method, headers: await headers(), credentials: 'same-origin' };
    if (body instanceof Blob) {
      (init.headers as Headers).set('Content-Type', body.type || 'application/octet-stream');
      init.body = body;
    } else if (body !== undefined) {
      (init.headers as Headers).set('Content-Type', 'application/json');
      init.body = JSON.stringify(body);
    }
    if (signal !== undefined) init.signal = signal;
    let response: Response;
    try {
      response = await doFetch(path, init);
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw new ApiError(
        0,
        'network',
        'Maker Hub could not reach its server. Check your connection and try again.',
      );
    }
    const answer = await readJson(response);
    if (!response.ok) throw errorFromResponse(response, answer);
    const decoded = decode(answer);
    if (decoded === undefined) {
      throw new ApiError(
        response.status,
        'unexpected_response',
        'Maker Hub received an answer it did not understand. Please try again later.',
      );
    }
    return decoded;
  }

  return {
    get: (path, decode, signal) => request('GET', path, undefined, decode, signal),
    send: (method, path, body, decode, signal) => request(method, path, body, decode, signal),
    upload: (path, file, decode) => request('POST', path, file, decode),
    blob: async (path, signal) => {
      const init: RequestInit = { headers: await headers(), credentials: 'same-origin', ...(signal ? { signal } : {}) };
      (init.headers as Headers).set('Accept', 'image/*');
      let response: Response;
      try {
        response = await doFetch(path, init);
      } catch (error) {
        if (signal?.aborted === true) throw error;
        throw new ApiError(0, 'network', 'Maker Hub could not reach its server. Check your connection and try again.');
      }
      if (!response.ok) throw errorFromResponse(response, await readJson(response));
      return response.blob();
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const parsed = decodeApiErrorBody(body);
  if (parsed !== undefined) {
    return new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.fields);
  }
  const fallback =
    response.status >= 500
      ? `The Maker Hub server had a problem (HTTP ${response.status}). Please try again in a moment.`
      : `The Maker Hub server refused the request (HTTP ${response.status}).`;
  return new ApiError(response.status, 'http_' + String(response.status), fallback);
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  if (typeof error === 'string' && error !== '') return error;
  return 'no reason given';
}
