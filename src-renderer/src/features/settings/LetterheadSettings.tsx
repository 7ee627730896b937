import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { hrefFor } from '../../app/router';
import type { Letterhead } from '../../letters';
import { LetterheadForm } from './LetterheadForm';
import { SettingsNav } from './SettingsNav';

export function LetterheadSettings() {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const stored = useLiveQuery(() => repos.letters.letterhead(), [repos]);

  const save = async (letterhead: Letterhead) => {
    await repos.letters.saveLetterhead(letterhead, actor);
    notify({ text: 'Briefpapier opgeslagen. Nieuwe brieven gebruiken deze gegevens.', tone: 'success' });
  };

  return (
    <section aria-labelledby="letterhead-title" className="settings">
      <SettingsNav current="letterhead" />
      <div className="page-head">
        <h1 id="letterhead-title">Briefpapier</h1>
      </div>
      <p className="lead">
        Wat op elke brief staat: het briefhoofd met logo, de datumregel, de ondertekening en de gegevens in de voettekst. De teksten van de brieven zelf wijzigt u bij{' '}
        <a href={hrefFor({ name: 'letterTemplates' })}>Brieven</a>.
      </p>
      {stored === undefined ? <p aria-busy="true">Laden…</p> : null}
      {stored && stored.officeName === '' ? (
        <p className="info">Nog niets ingevuld. Brieven gebruiken deze gegevens; vul ze in voordat u de eerste brief maakt. Alleen de naam van het kantoor is verplicht.</p>
      ) : null}
      {/* The form reads the stored letterhead once, when it opens: what is typed is never overwritten while typing. */}
      {stored ? <LetterheadForm initial={stored} onSave={save} /> : null}
    </section>
  );
}
