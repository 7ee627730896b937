import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import { hrefFor, type Route } from '../../app/router';
import { setupChecklist, type SetupStep } from '../../domain/firstStart';
import { useBackupFolder } from '../backups/useBackupFolder';

const WHERE: Record<SetupStep, { route: Route; link: string }> = {
  procedure: { route: { name: 'procedure' }, link: 'Klachtenregeling kiezen' },
  staff: { route: { name: 'staff' }, link: 'Behandelaars toevoegen' },
  letterhead: { route: { name: 'letterhead' }, link: 'Briefpapier invullen' },
  backup: { route: { name: 'backups' }, link: 'Back-up instellen' },
};

/** Stays on the desk until the office has set up what every complaint relies on; then it is gone. */
export function SetupChecklist() {
  const repos = useRepositories();
  const { files } = useBackupFolder();
  const facts = useLiveQuery(
    async () => {
      const [procedureChosen, staff, letterhead] = await Promise.all([repos.procedures.chosen(), repos.staff.list(), repos.letters.letterhead()]);
      return { procedureChosen, staff, officeName: letterhead.officeName, addressLines: letterhead.addressLines };
    },
    [repos],
  );
  if (!facts || files === null) return null;
  const items = setupChecklist({ ...facts, backupCount: files.length });
  const open = items.filter((item) => !item.done).length;
  if (open === 0) return null;
  return (
    <section className="panel setup-checklist" aria-labelledby="setup-title">
      <h2 id="setup-title">Eerste start: nog {open === 1 ? 'één stap' : `${open} stappen`}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.step} className={item.done ? 'done' : undefined}>
            <span className="setup-mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <span>
              <span className="visually-hidden">{item.done ? 'Gedaan: ' : 'Nog doen: '}</span>
              {item.text}
            </span>
            {item.done ? null : <a href={hrefFor(WHERE[item.step].route)}>{WHERE[item.step].link}</a>}
          </li>
        ))}
      </ol>
    </section>
  );
}
