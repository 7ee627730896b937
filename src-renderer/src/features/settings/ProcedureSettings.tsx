import { errorText } from '../../components/errorText';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import type { Procedure } from '../../domain/procedure';
import { ClosingDaysEditor } from './ClosingDaysEditor';
import { PresetChooser } from './PresetChooser';
import { ProcedureEditor } from './ProcedureEditor';
import { ProcedureSummary } from './ProcedureSummary';
import { SettingsNav } from './SettingsNav';

type Mode = 'view' | 'edit' | 'choose';

export function ProcedureSettings() {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const current = useLiveQuery(() => repos.procedures.current(), [repos]);
  const [mode, setMode] = useState<Mode>('view');

  const fail = (error: unknown) =>
    notify({ text: `Niet opgeslagen: ${errorText(error)}`, tone: 'error' });

  const save = async (procedure: Procedure) => {
    try {
      const saved = await repos.procedures.saveEdited(procedure, actor);
      setMode('view');
      notify({ text: `Klachtenregeling opgeslagen als versie ${saved.version}. Lopende klachten houden hun eigen versie.`, tone: 'success' });
    } catch (error) {
      fail(error);
    }
  };
  const choose = async (key: string) => {
    try {
      const saved = await repos.procedures.choosePreset(key, actor);
      setMode('view');
      const form = saved.texts.formOfAddress;
      const address = form ? ` Brieven spreken klanten aan met „${form}”, zoals deze regeling; dat kunt u wijzigen bij Briefpapier.` : '';
      notify({ text: `U werkt nu met ${saved.name}. Lopende klachten houden hun eigen versie.${address}`, tone: 'success' });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section aria-labelledby="procedure-title" className="settings">
      <SettingsNav current="procedure" />
      <div className="page-head">
        <h1 id="procedure-title">Klachtenregeling en termijnen</h1>
      </div>
      {current === undefined ? <p aria-busy="true">Laden…</p> : null}
      {current && mode === 'view' ? (
        <section className="panel" aria-labelledby="current-procedure">
          <div className="panel-head">
            <h2 id="current-procedure">
              {current.name} <span className="muted">· versie {current.version}</span>
            </h2>
            <div className="row-actions">
              <button type="button" className="secondary small" onClick={() => setMode('choose')}>
                Andere voorbeeldregeling kiezen
              </button>
              <button type="button" className="small" onClick={() => setMode('edit')}>
                Regeling wijzigen
              </button>
            </div>
          </div>
          <p className="muted">{current.officeKind}</p>
          <ProcedureSummary procedure={current} />
        </section>
      ) : null}
      {current && mode === 'edit' ? <ProcedureEditor procedure={current} onSave={save} onCancel={() => setMode('view')} /> : null}
      {current && mode === 'choose' ? (
        <PresetChooser presets={repos.procedures.presets()} currentKey={current.key} onChoose={(key) => void choose(key)} onCancel={() => setMode('view')} />
      ) : null}
      <ClosingDaysEditor />
    </section>
  );
}
