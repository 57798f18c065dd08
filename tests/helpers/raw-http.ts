import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire (not decompressed). */
  body: Buffer;
}

/**
 * One HTTP request with exactly the headers given and the body as sent: fetch() would add its own
 * Accept-Encoding, decompress, and normalise the path (`..`), which these tests must control.
 */
export function rawRequest(baseUrl: string, rawPath: string, headers: Record<string, string> = {}, options: { method?: string; body?: string } = {}): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
