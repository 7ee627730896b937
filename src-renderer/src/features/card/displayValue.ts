import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import { CHANNEL_LABELS, RECEIPT_SOURCE_LABELS, SALUTATION_LABELS, STATUS_LABELS } from '../../domain/labels';
import type { Channel, ComplaintStatus, ReceiptSource, Salutation, SendMethod } from '../../domain/model';
import { SEND_METHOD_LABELS } from '../../domain/workflowLabels';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How a stored value reads in Dutch on the card and in the timeline. */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(leeg)';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'object') {
    // A nested record (a representative, a sent message): its filled-in parts, in order, each read as its own field.
    const parts = Object.entries(value as Record<string, unknown>).filter(([, part]) => part !== null && part !== '');
    return parts.length ? parts.map(([key, part]) => displayValue(key, part)).join(', ') : '(leeg)';
  }
  if (field === 'channel') return CHANNEL_LABELS[value as Channel] ?? String(value);
  if (field === 'status') return STATUS_LABELS[value as ComplaintStatus] ?? String(value);
  if (field === 'receiptSource') return RECEIPT_SOURCE_LABELS[value as ReceiptSource] ?? String(value);
  if (field === 'salutation') return SALUTATION_LABELS[value as Salutation] ?? String(value);
  if (field === 'receivedAt' && typeof value === 'string') return format(parseISO(value), 'd MMMM yyyy HH:mm', { locale: nl });
  if (field === 'method') return SEND_METHOD_LABELS[value as SendMethod] ?? String(value);
  // Workflow dates are stored as days (yyyy-MM-dd): written out as everywhere else on the card.
  if (typeof value === 'string' && DAY.test(value)) return format(parseISO(value), 'd MMMM yyyy', { locale: nl });
  return String(value);
}
