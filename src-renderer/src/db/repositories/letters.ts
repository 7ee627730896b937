/**
 * The office's letterhead and own letter texts (settings rows), and letters
 * made for a complaint: the .docx pinned to the pinboard with a 'letter_made'
 * event, in one transaction.
 */
import { validateOrThrow } from '../../domain/errors';
import type { Actor, Attachment } from '../../domain/model';
import {
  DEFAULT_TEMPLATES,
  EMPTY_LETTERHEAD,
  LETTER_TYPE_LABELS,
  letterTemplateSchema,
  letterTypeSchema,
  letterheadSchema,
  templateKey,
  type LetterFormOfAddress,
  type LetterTemplate,
  type LetterType,
  type Letterhead,
  type TemplateOverrides,
} from '../../letters';
import type { KlachtenbalieDb } from '../database';
import { SETTING_KEYS } from '../settingKeys';
import { insertAttachments, validateAttachments } from './attachments';
import { makeEvent, settingsEvent } from './eventLog';
import { appendEvent } from './eventStore';
import { storedLetterhead } from './storedLetterhead';
import { DOCX_TYPE } from '../../domain/fileSafety';

export interface OfficeTemplate extends LetterTemplate {
  /** The office changed Klachtenbalie's default text. */
  custom: boolean;
}

export interface NewLetter {
  complaintId: string;
  type: LetterType;
  fileName: string;
  sha256: string;
  size: number;
}


/** A change event lists which letterhead fields changed, not the logo's bytes. */
function letterheadForLog(letterhead: Letterhead | undefined): Record<string, unknown> | null {
  if (!letterhead) return null;
  const { logo, ...rest } = letterhead;
  return { ...rest, logo: logo ? `${logo.type}, ${logo.width} × ${logo.height} px` : null };
}

export function createLetterRepository(db: KlachtenbalieDb) {
  async function overrides(): Promise<TemplateOverrides> {
    return ((await db.settings.get(SETTING_KEYS.letterTemplates))?.value as TemplateOverrides | undefined) ?? {};
  }

  /**
   * Reads the office's texts and writes what `change` makes of them, with its
   * event, in one transaction: the event's old value is what was replaced, and
   * two saves at once cannot lose one. No write and no event when `change` returns null.
   */
  async function changeTemplates(change: (before: TemplateOverrides) => TemplateOverrides | null, summary: string, actor: Actor, now: Date): Promise<void> {
    const nowIso = now.toISOString();
    await db.transaction('rw', [db.settings, db.eventLogs], async () => {
      const before = await overrides();
      const next = change(before);
      if (!next) return;
      await db.settings.put({ key: SETTING_KEYS.letterTemplates, value: next, updatedAt: nowIso });
      await appendEvent(db, settingsEvent(summary, [{ field: SETTING_KEYS.letterTemplates, old: before, new: next }], actor, nowIso));
    });
  }

  return {
    /** The stored letterhead, or an empty one in "u" before the office filled it in. */
    async letterhead(): Promise<Letterhead> {
      const stored = await storedLetterhead(db);
      return stored ? { ...EMPTY_LETTERHEAD, ...stored } : { ...EMPTY_LETTERHEAD };
    },

    async saveLetterhead(input: Letterhead, actor: Actor, now: Date = new Date()): Promise<Letterhead> {
      const next = validateOrThrow(letterheadSchema, input) as Letterhead;
      if (!next.logo) delete next.logo;
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.settings, db.eventLogs], async () => {
        const before = await storedLetterhead(db);
        await db.settings.put({ key: SETTING_KEYS.letterhead, value: next, updatedAt: nowIso });
        await appendEvent(
          db,
          settingsEvent('Briefpapier gewijzigd', [{ field: SETTING_KEYS.letterhead, old: letterheadForLog(before), new: letterheadForLog(next) }], actor, nowIso),
        );
        return next;
      });
    },

    /** The text of one letter type the office uses: its own, else Klachtenbalie's default. */
    async template(type: LetterType, form: LetterFormOfAddress): Promise<OfficeTemplate> {
      const own = (await overrides())[templateKey(type, form)];
      return own ? { ...own, custom: true } : { ...DEFAULT_TEMPLATES[form][type], custom: false };
    },

    async saveTemplate(type: LetterType, form: LetterFormOfAddress, template: LetterTemplate, actor: Actor, now: Date = new Date()): Promise<OfficeTemplate> {
      const checkedType = validateOrThrow(letterTypeSchema, type);
      const next = validateOrThrow(letterTemplateSchema, template);
      const summary = `Brieftekst gewijzigd: ${LETTER_TYPE_LABELS[checkedType]} (${form})`;
      await changeTemplates((before) => ({ ...before, [templateKey(checkedType, form)]: next }), summary, actor, now);
      return { ...next, custom: true };
    },

    /** Back to Klachtenbalie's default text. */
    async resetTemplate(type: LetterType, form: LetterFormOfAddress, actor: Actor, now: Date = new Date()): Promise<OfficeTemplate> {
      const key = templateKey(validateOrThrow(letterTypeSchema, type), form);
      const summary = `Standaardtekst teruggezet: ${LETTER_TYPE_LABELS[type]} (${form})`;
      await changeTemplates(
        (before) => {
          if (!before[key]) return null;
          const next = { ...before };
          delete next[key];
          return next;
        },
        summary,
        actor,
        now,
      );
      return { ...DEFAULT_TEMPLATES[form][type], custom: false };
    },

    /**
     * Files a letter whose bytes the platform already stored: pinned to the
     * complaint (an acknowledgement as ontvangstbevestiging, the rest as
     * correspondentie) with a 'letter_made' event, all or nothing.
     */
    async fileLetter(letter: NewLetter, actor: Actor, now: Date = new Date()): Promise<Attachment> {
      const type = validateOrThrow(letterTypeSchema, letter.type);
      const [input] = validateAttachments(
        [
          {
            complaintId: letter.complaintId,
            name: letter.fileName,
            type: DOCX_TYPE,
            size: letter.size,
            sha256: letter.sha256,
            kind: type === 'acknowledgement' ? 'acknowledgement' : 'correspondence',
          },
        ],
        () => [],
      );
      if (!input) throw new Error('De brief is niet vastgelegd');
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.attachments, db.files, db.eventLogs, db.complaints, db.customers], async () => {
        const [attachment] = await insertAttachments(db, [input], actor, nowIso, () => []);
        if (!attachment) throw new Error('De brief is niet vastgelegd');
        await appendEvent(
          db,
          makeEvent(
            {
              type: 'letter_made',
              complaintId: attachment.complaintId,
              customerId: attachment.customerId,
              summary: `Brief gemaakt: ${LETTER_TYPE_LABELS[type]}`,
              changes: [{ field: 'letterType', old: null, new: type }],
            },
            actor,
            nowIso,
          ),
        );
        return attachment;
      });
    },
  };
}
