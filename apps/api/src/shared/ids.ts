import { randomBytes } from 'node:crypto';

let lastTime = 0;
let counter = 0;

/**
 * UUIDv7: time-ordered, so InnoDB primary-key inserts stay append-mostly, yet unguessable and
 * mergeable across database shards (unlike AUTO_INCREMENT). A 12-bit counter keeps ids made in
 * the same millisecond in creation order, so "ORDER BY at, id" is the order things happened.
 */
export function newId(at: number = Date.now()): string {
  if (at > lastTime) {
    lastTime = at;
    counter = randomBytes(2).readUInt16BE() & 0x3ff;
  } else if (++counter > 0xfff) {
    lastTime += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastTime, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
