/**
 * The readable side of a person's data: the same export as the JSON, as
 * headed Dutch text a complainant can read without help. Every field is
 * written as the card's history writes it (domain/history), so a value reads
 * the same on screen, in the history and here.
 */
import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import { longDutchDate } from '../dates';
import { fieldKind } from '../history/fields';
import { historyRows } from '../history/changes';
import { formatValue, type ValueNames } from '../history/values';
import { ATTACHMENT_KIND_LABELS, EVENT_LABELS, FIELD_LABELS } from '../labels';
import type { ExportedCustomer, ExportedEvent, ExportedFile, PersonExport } from './personExport';

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'bullets'; items: string[] };

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Label and readable value of every field the history knows how to read and that holds something. */
function fieldRows(record: Record<string, unknown>, names: ValueNames, prefix = ''): { label: string; value: string }[] {
  return Object.entries(record).flatMap(([field, value]) => {
    const key = `${prefix}${field}`;
    const kind = fieldKind(key);
    if (kind === null || kind === 'hidden' || isBlank(value)) return [];
    return [{ label: FIELD_LABELS[key] ?? field, value: formatValue(kind, value, names) }];
  });
}

const moment = (iso: string) => format(parseISO(iso), "d MMMM yyyy 'om' HH:mm", { locale: nl });
/** The summary says what happened in full ("Klantgegevens gewijzigd: telefoon"); the label only stands in for an empty one. */
const eventLine = (event: ExportedEvent) => `${moment(event.at)}: ${event.summary || EVENT_LABELS[event.type] || event.type} (door ${event.actorName})`;
const fileLine = (file: ExportedFile) =>
  `${file.name} (${ATTACHMENT_KIND_LABELS[file.kind]}, ${file.reference ?? 'klantenkaart'}, toegevoegd ${longDutchDate(file.addedAt)}${file.removedAt ? `, van het prikbord gehaald ${longDutchDate(file.removedAt)}` : ''}): ${file.path ?? 'het bestand zelf is niet meer bewaard'}`;

function customerBlocks(customer: ExportedCustomer, names: ValueNames): DocBlock[] {
  return [{ kind: 'fields', rows: [...fieldRows(customer as unknown as Record<string, unknown>, names), { label: 'Geregistreerd op', value: longDutchDate(customer.createdAt) }] }];
}

function changeBlocks(changes: ExportedEvent[], names: ValueNames): DocBlock[] {
  if (changes.length === 0) return [{ kind: 'paragraph', text: 'Er zijn geen wijzigingen vastgelegd.' }];
  return changes.flatMap((event): DocBlock[] => {
    const rows = historyRows(event, names).map((row) => ({ label: row.label, value: `${row.old} → ${row.new}` }));
    return [{ kind: 'paragraph', text: eventLine(event) }, ...(rows.length > 0 ? [{ kind: 'fields' as const, rows }] : [])];
  });
}

function complaintBlocks(data: PersonExport, names: ValueNames): DocBlock[] {
  if (data.complaints.length === 0) return [{ kind: 'paragraph', text: 'Wij hebben geen klachten van u geregistreerd.' }];
  return data.complaints.flatMap((complaint): DocBlock[] => {
    const { workflow, events, ...fields } = complaint;
    return [
      { kind: 'heading', level: 3, text: `${complaint.reference}: ${complaint.summary || 'klacht'}` },
      { kind: 'fields', rows: [...fieldRows(fields, names), ...fieldRows(workflow as unknown as Record<string, unknown>, names, 'workflow.')] },
      { kind: 'paragraph', text: 'Wat er met deze klacht is gebeurd:' },
      { kind: 'bullets', items: events.map(eventLine) },
    ];
  });
}

function listOr(items: string[], none: string): DocBlock {
  return items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: none };
}

export function exportDocument(data: PersonExport, names: ValueNames, officeName: string): DocBlock[] {
  const contacts = data.complaints.flatMap((c) => c.events.filter((e) => e.type === 'contact').map((e) => `${c.reference}, ${eventLine(e)}`));
  const otherCardEvents = data.customerEvents.filter((e) => !data.personalDataChanges.some((p) => p.id === e.id));
  return [
    { kind: 'heading', level: 1, text: `Uw gegevens bij ${officeName.trim() || 'ons kantoor'}` },
    {
      kind: 'paragraph',
      text: `Dit overzicht is gemaakt op ${longDutchDate(data.madeAt)}, op uw verzoek om inzage en overdracht van uw gegevens (AVG artikel 15 en 20). Het noemt alles wat onze klachtenadministratie over u bewaart: uw gegevens en de wijzigingen daarvan, uw klachten met alles wat ermee gebeurde, contacten, brieven en bestanden.`,
    },
    {
      kind: 'paragraph',
      text: 'Hetzelfde staat in het bestand gegevens.json, in een vorm die een computer kan lezen, zodat u het aan een andere organisatie kunt geven. Uw brieven staan in de map brieven, de andere bestanden in de map bestanden.',
    },
    { kind: 'heading', level: 2, text: 'Uw persoonsgegevens' },
    ...customerBlocks(data.customer, names),
    ...(data.mergedDuplicates.length > 0
      ? [
          { kind: 'paragraph' as const, text: 'U stond ook dubbel geregistreerd; die registratie is samengevoegd met de uwe. Daarin stond:' },
          ...data.mergedDuplicates.flatMap((d) => customerBlocks(d, names)),
        ]
      : []),
    { kind: 'heading', level: 2, text: 'Wijzigingen van uw persoonsgegevens' },
    ...changeBlocks(data.personalDataChanges, names),
    { kind: 'heading', level: 2, text: 'Uw klachten' },
    ...complaintBlocks(data, names),
    { kind: 'heading', level: 2, text: 'Contacten' },
    listOr(contacts, 'Er zijn geen contacten vastgelegd.'),
    { kind: 'heading', level: 2, text: 'Brieven' },
    listOr(data.letters.map(fileLine), 'Er zijn geen brieven.'),
    { kind: 'heading', level: 2, text: 'Bestanden' },
    listOr(data.files.map(fileLine), 'Er zijn geen andere bestanden.'),
    { kind: 'heading', level: 2, text: 'Overige gebeurtenissen op uw klantenkaart' },
    listOr(otherCardEvents.map(eventLine), 'Geen.'),
  ];
}
