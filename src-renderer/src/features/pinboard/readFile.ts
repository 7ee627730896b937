/** Reads a file in slices so a large scan or video shows real progress instead of a frozen screen. */
export async function readFileWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const chunk = 4 * 1024 * 1024;
  const bytes = new Uint8Array(file.size);
  for (let offset = 0; offset < file.size; offset += chunk) {
    const part = new Uint8Array(await file.slice(offset, offset + chunk).arrayBuffer());
    bytes.set(part, offset);
    onProgress(Math.min(1, (offset + part.byteLength) / Math.max(1, file.size)));
  }
  onProgress(1);
  return bytes;
}
