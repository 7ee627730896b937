import { hrefFor, type Route } from '../../app/router';

const PAGES: Array<{ route: Route; label: string }> = [
  { route: { name: 'procedure' }, label: 'Klachtenregeling en termijnen' },
  { route: { name: 'staff' }, label: 'Medewerkers' },
  { route: { name: 'letterhead' }, label: 'Briefpapier' },
  { route: { name: 'letterTemplates' }, label: 'Brieven' },
  { route: { name: 'backups' }, label: 'Back-ups' },
  { route: { name: 'sharing' }, label: 'Samenwerken' },
  { route: { name: 'privacy' }, label: 'Privacy' },
  { route: { name: 'causeCategories' }, label: 'Oorzaken van klachten' },
];

export function SettingsNav({ current }: { current: Route['name'] }) {
  return (
    <nav className="subnav" aria-label="Instellingen">
      {PAGES.map((page) => (
        <a key={page.route.name} href={hrefFor(page.route)} aria-current={page.route.name === current ? 'page' : undefined}>
          {page.label}
        </a>
      ))}
    </nav>
  );
}
