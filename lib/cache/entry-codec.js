// A `'use cache'` entry as one Redis value: a 4-byte length, the entry's fields as JSON, then the
// value's bytes as they are (React's serialization of the cached result).

/** @param entry the fields of a cache entry but its value; @param bytes its value */
export function encodeEntry(entry, bytes) {
  const fields = Buffer.from(JSON.stringify(entry));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(fields.byteLength);
  return Buffer.concat([length, fields, bytes]);
}

/** The entry and its bytes, or null for a value this codec did not write. */
export function decodeEntry(buffer) {
  if (!Buffer.isBuffer(buffer) || buffer.byteLength < 4) return null;
  const end = 4 + buffer.readUInt32BE(0);
  if (end > buffer.byteLength) return null;
  try {
    const entry = JSON.parse(buffer.subarray(4, end).toString('utf8'));
    return { entry, value: new Uint8Array(buffer.subarray(end)) };
  } catch {
    return null;
  }
}
