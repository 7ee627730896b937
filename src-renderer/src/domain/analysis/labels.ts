/** The analysis's Dutch words for its breakdowns, clocks, durations and values. */
import { CHANNEL_LABELS } from '../labels';
import type { Channel, Verdict } from '../model';
import { VERDICT_LABELS } from '../workflowLabels';
import type { Clock, Duration } from './facts';
import type { PeriodKind } from './periods';
import type { Selection } from './selection';
import { NONE, type Dimension } from './tally';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  category: 'Categorie',
  productOrService: 'Product of dienst',
  channel: 'Kanaal',
  ownerId: 'Behandelaar',
  verdict: 'Oordeel',
  body: 'Escalatie naar',
  submittedLate: 'Te laat ingediend',
};

export const CLOCK_LABELS: Record<Clock, string> = {
  acknowledgement: 'Ontvangstbevestiging',
  response: 'Reactie',
  extension_notice: 'Bericht van verlenging',
  status_check: 'Voortgangscontrole',
};

export const DURATION_LABELS: Record<Duration, string> = {
  acknowledge: 'Tot ontvangstbevestiging',
  respond: 'Tot reactie',
  close: 'Tot afsluiting',
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: 'Maand', quarter: 'Kwartaal', year: 'Jaar', custom: 'Zelf kiezen' };

const NONE_LABELS: Record<Dimension, string> = {
  category: 'Geen categorie',
  productOrService: 'Geen product of dienst',
  channel: 'Onbekend',
  ownerId: 'Niet toegewezen',
  verdict: 'Nog geen oordeel',
  body: 'Geen',
  submittedLate: 'Onbekend',
};

/** A value of a breakdown as the screen shows it; owners by name through `staffName`. */
export function valueLabel(dimension: Dimension, value: string, staffName: (id: string) => string | undefined = () => undefined): string {
  if (value === NONE) return NONE_LABELS[dimension];
  switch (dimension) {
    case 'channel':
      return CHANNEL_LABELS[value as Channel] ?? value;
    case 'verdict':
      return VERDICT_LABELS[value as Verdict] ?? value;
    case 'ownerId':
      return staffName(value) ?? 'Onbekende medewerker';
    case 'submittedLate':
      return value === 'yes' ? 'Te laat ingediend' : 'Op tijd ingediend';
    default:
      return value;
  }
}

/** What the list says it shows, opened from a figure. */
export function selectionLabel(selection: Selection, staffName?: (id: string) => string | undefined): string {
  switch (selection.kind) {
    case 'total':
      return 'Alle ontvangen klachten';
    case 'repeat':
      return 'Klachten van klanten die vaker klaagden';
    case 'count':
      return `${DIMENSION_LABELS[selection.dimension]}: ${valueLabel(selection.dimension, selection.value, staffName)}`;
    case 'clock':
      return `${CLOCK_LABELS[selection.clock]}: termijn ${selection.outcome === 'met' ? 'gehaald' : 'niet gehaald'}`;
    case 'duration':
      return `${DURATION_LABELS[selection.duration]} (doorlooptijd)`;
  }
}
