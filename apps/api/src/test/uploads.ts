import sharp from 'sharp';

export interface UploadResponse {
  status: number;
  body: Record<string, any>;
}

/** A real JPEG photo of `width` × `height` (a gradient, so it compresses like a photo rather than to nothing). */
export async function jpegPhoto(width = 800, height = 600): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    pixels[i] = (x * 255) / width;
    pixels[i + 1] = (y * 255) / height;
    pixels[i + 2] = ((x ^ y) & 0xff) / 2;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

export const pngImage = (width = 40, height = 30) => sharp({ create: { width, height, channels: 3, background: '#c00' } }).png().toBuffer();

/** `POST /api/attachments` as the console sends it: multipart, the session token, the CSRF header. */
export async function uploadFile(
  baseUrl: string,
  token: string | null,
  owner: { type: string; id: string },
  file: { name: string; bytes: Buffer; type?: string },
  headers: Record<string, string> = { 'X-Sanxin-CSRF': '1' },
): Promise<UploadResponse> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? '' }), file.name);
  const response = await fetch(`${baseUrl}/api/attachments?ownerType=${owner.type}&ownerId=${encodeURIComponent(owner.id)}`, {
    method: 'POST',
    body: form,
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** `GET` of a download URL with a session: the status, the headers and the bytes. */
export async function download(baseUrl: string, path: string, token: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
