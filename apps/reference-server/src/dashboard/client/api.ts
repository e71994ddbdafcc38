// Calls to this server's API with the signed-in token. The token is only ever sent in the
// Authorization header, never in a URL.

/** Why a request failed, in terms the page can say. */
export type ApiFailure =
  | { kind: 'unauthorized' }
  | { kind: 'forbidden' }
  | { kind: 'network' }
  | { kind: 'problem'; status: number; title: string };

/** The result of one API call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/** GETs `path` (with query) as JSON, with the token when there is one. */
export async function getJson<T>(path: string, query: Record<string, string>, token?: string): Promise<ApiResult<T>> {
  const url = `${path}?${new URLSearchParams(query).toString()}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  if (res.status === 401) return { ok: false, failure: { kind: 'unauthorized' } };
  if (res.status === 403) return { ok: false, failure: { kind: 'forbidden' } };
  if (!res.ok) {
    let title = res.statusText;
    try {
      const problem = (await res.json()) as { title?: unknown; detail?: unknown };
      if (typeof problem.detail === 'string') title = problem.detail;
      else if (typeof problem.title === 'string') title = problem.title;
    } catch {
      // Not a problem document: the status text says enough.
    }
    return { ok: false, failure: { kind: 'problem', status: res.status, title } };
  }
  return { ok: true, value: (await res.json()) as T };
}

/** Who a token says it is (read for display only; the server checks the signature). */
export interface TokenClaims {
  readonly name?: string;
  readonly organisation?: { scheme: string; value: string };
}

/** Reads a JWT's payload without checking it; `undefined` when it is not a JWT. */
export function readClaims(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const payload = JSON.parse(json) as { name?: unknown; org?: { scheme?: unknown; value?: unknown } };
    const org = payload.org;
    return {
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      ...(org && typeof org.scheme === 'string' && typeof org.value === 'string'
        ? { organisation: { scheme: org.scheme, value: org.value } }
        : {}),
    };
  } catch {
    return undefined;
  }
}

/** GETs `path` as a file (a CSV or spreadsheet download) with the token; the name from Content-Disposition. */
export async function getFile(
  path: string,
  query: Record<string, string>,
  token: string,
): Promise<ApiResult<{ blob: Blob; name: string }>> {
  let res: Response;
  try {
    res = await fetch(`${path}?${new URLSearchParams(query).toString()}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  if (res.status === 401) return { ok: false, failure: { kind: 'unauthorized' } };
  if (res.status === 403) return { ok: false, failure: { kind: 'forbidden' } };
  if (!res.ok) return { ok: false, failure: { kind: 'problem', status: res.status, title: res.statusText } };
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'rapport';
  return { ok: true, value: { blob: await res.blob(), name } };
}
