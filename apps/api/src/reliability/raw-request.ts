import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A POST whose body the test sends in two parts: the server has the request (headers and part of the
 * body) and waits for the rest, so the request is certainly open until `finish()` is called.
 */
export function openRequest(url: string, body: string, headers: Record<string, string> = {}) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let settle: (answer: RawAnswer) => void;
  let fail: (error: Error) => void;
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers } }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => settle({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    res.on('error', fail);
  });
  req.on('error', (error) => fail(error));
  req.write(bytes.subarray(0, half));
  return {
    answer,
    finish: () => {
      req.end(bytes.subarray(half));
      return answer;
    },
  };
}

/** Any request, any body, with the answer as text (fetch would refuse some of the bodies the tests send). */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
