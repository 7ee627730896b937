import type { AttachmentKind } from '../../domain/model';

/** A sensible first guess the person can change: photos are photos, a dropped e-mail is usually the complaint itself. */
export function defaultKind(name: string, type: string): AttachmentKind {
  const lower = name.toLowerCase();
  if (type.startsWith('image/')) return 'photo';
  if (lower.endsWith('.eml') || lower.endsWith('.msg')) return 'complaint';
  return 'correspondence';
}
