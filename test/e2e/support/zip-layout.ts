/**
 * Where things sit in a ZIP archive, read from its end-of-central-directory record, so a test
 * can compare two archives byte by byte up to a given entry. Plain (non-ZIP64) archives only.
 */
export function centralDirectoryOffset(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true);
  }
  throw new Error('No end of central directory record');
}

/** The offset of the local header of the entry `name`. */
export function localHeaderOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const decoder = new TextDecoder();
  for (let at = centralDirectoryOffset(zip); view.getUint32(at, true) === 0x02014b50; ) {
    const nameLength = view.getUint16(at + 28, true);
    const rest = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) return view.getUint32(at + 42, true);
    at += 46 + rest;
  }
  throw new Error(`No entry ${name}`);
}
