/** The codes a client may be answered with besides success (DESIGN §2), INTERNAL_SERVER_ERROR aside. */
const DOCUMENTED = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

export type Answer<T> = { ok: true; data: T } | { ok: false; code: string; extensions: Record<string, unknown> };

/** Every answer the check received, by outcome: the figures "INTERNAL_SERVER_ERRORs" and "undocumented answers" come from here. */
export class Tally {
  requests = 0;
  readonly rejections = new Map<string, number>();
  internalErrors = 0;
  /** No JSON, no code, a code outside the documented list, or no answer at all. */
  undocumented = 0;

  count(code: string): void {
    this.rejections.set(code, (this.rejections.get(code) ?? 0) + 1);
    if (code === 'INTERNAL_SERVER_ERROR') this.internalErrors += 1;
    else if (!DOCUMENTED.has(code)) this.undocumented += 1;
  }

  summary(): string {
    const codes = [...this.rejections].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
    return `${this.requests} requests${codes.length ? `; rejections: ${codes.join(', ')}` : ''}`;
  }
}

export async function gql<T = Record<string, any>>(tally: Tally, url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  tally.requests += 1;
  let body: { data?: T; errors?: Array<{ extensions?: Record<string, unknown> }> };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    tally.count('NO_JSON_ANSWER');
    return { ok: false, code: 'NO_JSON_ANSWER', extensions: {} };
  }
  const error = body.errors?.[0];
  if (!error) return { ok: true, data: body.data as T };
  const code = String(error.extensions?.code ?? 'NO_CODE');
  tally.count(code);
  return { ok: false, code, extensions: error.extensions ?? {} };
}
