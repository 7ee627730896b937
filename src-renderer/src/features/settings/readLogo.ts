import { LETTERHEAD_MESSAGES, MAX_LOGO_BYTES, type LetterLogo } from '../../letters';

type LogoResult = { logo: LetterLogo } | { error: string };

const UNREADABLE = 'Deze afbeelding kan niet worden gelezen; kies een ander PNG- of JPG-bestand';

/** By the bytes, not the name: a renamed GIF or a PDF called logo.png must not end up in a letter. */
function sniffType(head: Uint8Array): LetterLogo['type'] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, i) => head[i] === byte)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  return null;
}

/** The letter scales the logo by its natural size, so the picture is decoded once to learn it. */
async function naturalSize(bytes: Uint8Array, mime: string): Promise<{ width: number; height: number }> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  }
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function readLogo(file: File): Promise<LogoResult> {
  const type = sniffType(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if (!type) return { error: LETTERHEAD_MESSAGES.logoType };
  if (file.size > MAX_LOGO_BYTES) return { error: LETTERHEAD_MESSAGES.logoSize };
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const { width, height } = await naturalSize(bytes, logoMime(type));
    if (width <= 0 || height <= 0) return { error: UNREADABLE };
    return { logo: { bytes, type, width, height } };
  } catch {
    return { error: UNREADABLE };
  }
}

export function logoMime(type: LetterLogo['type']): string {
  return type === 'png' ? 'image/png' : 'image/jpeg';
}
