const MAX_CHARS = 1_000_000;

export function TextPreview({ bytes }: { bytes: Uint8Array }) {
  const text = new TextDecoder('utf-8').decode(bytes);
  return (
    <pre className="preview-text">
      {text.slice(0, MAX_CHARS)}
      {text.length > MAX_CHARS ? '\n… (ingekort; sla een kopie op voor de hele tekst)' : ''}
    </pre>
  );
}
