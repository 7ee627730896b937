import { optionsOf } from '../../components/form/options';
import { ATTACHMENT_KIND_LABELS } from '../../domain/labels';
import { ATTACHMENT_KINDS } from '../../domain/model';

export { ATTACHMENT_KIND_LABELS };

export const ATTACHMENT_KIND_OPTIONS = optionsOf(ATTACHMENT_KINDS, ATTACHMENT_KIND_LABELS);
