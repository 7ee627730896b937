import { ATTACHMENT_KIND_LABELS } from '../../domain/labels';
import { ATTACHMENT_KINDS } from '../../domain/model';

export { ATTACHMENT_KIND_LABELS };

export const ATTACHMENT_KIND_OPTIONS = ATTACHMENT_KINDS.map((value) => ({ value, label: ATTACHMENT_KIND_LABELS[value] }));
