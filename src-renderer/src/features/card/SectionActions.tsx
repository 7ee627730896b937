export function SectionActions({ onCancel, busy }: { onCancel: () => void; busy: boolean }) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={busy}>
        Opslaan
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Annuleren
      </button>
    </div>
  );
}
