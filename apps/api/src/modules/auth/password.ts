import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when the username is unknown keeps both answers equally slow.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    dummyHash ??= hash('sanxin-unknown-user');
    const matches = await verify(passwordHash ?? (await dummyHash), password);
    return passwordHash !== null && matches;
  } catch {
    return false;
  }
}
