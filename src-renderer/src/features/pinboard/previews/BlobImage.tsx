import { useEffect, useState } from 'react';

export function useBlobUrl(bytes: Uint8Array, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [bytes, type]);
  return url;
}

export function BlobImage({ bytes, type, alt }: { bytes: Uint8Array; type: string; alt: string }) {
  const url = useBlobUrl(bytes, type.startsWith('image/') ? type : 'image/*');
  return url ? <img className="preview-image" src={url} alt={alt} /> : null;
}
