/**
 * Version 1 → 2: complaints get a workflow and their deadlines. Every existing
 * complaint runs under the default preset (stored as the first procedure
 * version), its terms counted from its receipt on the office calendar.
 * Version 1 only registered complaints; demo data may hold later statuses,
 * whose workflow starts empty too: the steps were never recorded. A closed one
 * gets its closing day (last change) so its retention runs.
 */
import type { Transaction } from 'dexie';
import { withNextDeadline } from '../../domain/deadlines';
import { localDay } from '../../domain/dates';
import type { Complaint } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { DEFAULT_PRESET_KEY, presetByKey } from '../../domain/procedures';
import { emptyWorkflow } from '../../domain/workflow';
import { upgradeCalendar } from './termsContext';
import { parseISO } from 'date-fns';

export function defaultPreset(): Procedure {
  const preset = presetByKey(DEFAULT_PRESET_KEY);
  if (!preset) throw new Error(`De standaard klachtenregeling ${DEFAULT_PRESET_KEY} ontbreekt`);
  return preset;
}

export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const procedure = defaultPreset();
  await tx.table<Procedure, string>('procedures').put(procedure);
  const calendar = await upgradeCalendar(tx);
  await tx
    .table<Complaint, string>('complaints')
    .toCollection()
    .modify((complaint) => {
      const workflow = emptyWorkflow(procedure.id);
      if (complaint.status === 'closed') {
        const closedOn = localDay(parseISO(complaint.updatedAt));
        workflow.closedOn = closedOn;
        workflow.retentionUntil = procedure.terms.retention ? calendar.dueDay(closedOn, procedure.terms.retention) : null;
      }
      const upgraded = withNextDeadline({ ...complaint, workflow }, procedure, calendar);
      complaint.workflow = upgraded.workflow;
      complaint.nextDeadline = upgraded.nextDeadline;
      complaint.nextDeadlineKind = upgraded.nextDeadlineKind;
    });
}
