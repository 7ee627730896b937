import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { errorText } from '../../components/errorText';
import type { FigureTable } from '../../domain/analysis';
import { platform } from '../../platform';
import { analysisWorkbook } from './analysisWorkbook';

/** The figures on screen to Excel, one sheet per table, saved as other files are. */
export function ExportButton({ tables, title }: { tables: FigureTable[]; title: string }) {
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const bytes = await analysisWorkbook(tables, title);
      const suggestedName = `Klachtenanalyse ${title}.xlsx`;
      const result = await platform().saveFile({ suggestedName, bytes: bytes as Uint8Array<ArrayBuffer> });
      if (result.saved) notify({ text: `„${suggestedName}” opgeslagen.`, tone: 'success' });
    } catch (error) {
      notify({ text: `De analyse is niet opgeslagen: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="secondary" onClick={() => void save()} disabled={busy}>
      {busy ? 'Bezig…' : 'Exporteren naar Excel'}
    </button>
  );
}
