import { diffRecords } from '../../domain/diff';
import { RecordNotFoundError, ValidationError, validateOrThrow } from '../../domain/errors';
import type { Actor } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { PROCEDURE_PRESETS, presetByKey, procedureSchema } from '../../domain/procedures';
import { EMPTY_LETTERHEAD, type Letterhead } from '../../letters';
import type { KlachtenbalieDb } from '../database';
import { defaultPreset } from '../migrations/v2';
import { SETTING_KEYS } from '../settingKeys';
import { settingsEvent } from './eventLog';
import { appendEvent } from './eventStore';
import { storedLetterhead } from './storedLetterhead';

export const PROCEDURE_NOT_FOUND = 'Deze versie van de klachtenregeling bestaat niet (meer).';
export const UNKNOWN_PRESET = 'Kies een klachtenregeling uit de lijst';

/** What makes one version differ from another; id, version and timestamps always do. */
const VERSION_FIELDS = ['id', 'version', 'createdAt', 'updatedAt'];

/** The chosen version, else the stored default preset; undefined only when not even that is stored. */
async function storedCurrent(db: KlachtenbalieDb): Promise<Procedure | undefined> {
  const id = (await db.settings.get(SETTING_KEYS.currentProcedure))?.value;
  const chosen = typeof id === 'string' ? await db.procedures.get(id) : undefined;
  return chosen ?? (await db.procedures.get(defaultPreset().id));
}

/** The version new complaints start under: the chosen one, else the default preset. Inside a transaction over settings and procedures. */
export async function currentProcedure(db: KlachtenbalieDb): Promise<Procedure> {
  return (await storedCurrent(db)) ?? defaultPreset();
}

/**
 * As currentProcedure, and stored if it somehow is not, so a complaint can
 * always find its version. Inside a 'rw' transaction. What storedCurrent found
 * was read from the table, so only the bare default needs a write (no second read).
 */
export async function storedCurrentProcedure(db: KlachtenbalieDb): Promise<Procedure> {
  const stored = await storedCurrent(db);
  if (stored) return stored;
  const procedure = defaultPreset();
  await db.procedures.add(procedure);
  return procedure;
}

async function isChosen(db: KlachtenbalieDb): Promise<boolean> {
  return typeof (await db.settings.get(SETTING_KEYS.currentProcedure))?.value === 'string';
}

/** The procedure version a complaint runs under. */
export async function procedureVersion(db: KlachtenbalieDb, id: string): Promise<Procedure> {
  const procedure = await db.procedures.get(id);
  if (!procedure) throw new RecordNotFoundError(PROCEDURE_NOT_FOUND);
  return procedure;
}

export function createProcedureRepository(db: KlachtenbalieDb) {
  async function setFormOfAddress(form: Letterhead['formOfAddress'], actor: Actor, nowIso: string): Promise<void> {
    const before = (await storedLetterhead(db)) ?? EMPTY_LETTERHEAD;
    if (before.formOfAddress === form) return;
    await db.settings.put({ key: SETTING_KEYS.letterhead, value: { ...before, formOfAddress: form }, updatedAt: nowIso });
    const change = { field: `${SETTING_KEYS.letterhead}.formOfAddress`, old: before.formOfAddress, new: form };
    await appendEvent(db, settingsEvent(`Briefpapier: klanten worden aangesproken met „${form}”, zoals de gekozen klachtenregeling`, [change], actor, nowIso));
  }

  /**
   * Stores `procedure` as the next version of its key and makes it current, with
   * its event. Versions in use are never changed: complaints keep theirs.
   * Nothing happens when it is the current version's content already.
   */
  function saveVersion(procedure: Procedure, actor: Actor, now: Date, what: string): Promise<Procedure> {
    const nowIso = now.toISOString();
    return db.transaction('rw', [db.procedures, db.settings, db.eventLogs], async () => {
      const versions = await db.procedures.where('key').equals(procedure.key).toArray();
      const version = Math.max(0, ...versions.map((v) => v.version)) + 1;
      const row = validateOrThrow(procedureSchema, {
        ...procedure,
        id: `${procedure.key}@${version}`,
        version,
        createdAt: nowIso,
        updatedAt: nowIso,
      });
      // Both through the schema, so the same content in another key order is no change.
      const current = await currentProcedure(db);
      const changes = diffRecords(procedureSchema.safeParse(current).data ?? current, row, VERSION_FIELDS);
      if (changes.length === 0) return current;
      await db.procedures.add(row);
      await db.settings.put({ key: SETTING_KEYS.currentProcedure, value: row.id, updatedAt: nowIso });
      const summary = `${what}: ${row.name} (versie ${row.version}); lopende klachten houden hun eigen versie`;
      await appendEvent(db, settingsEvent(summary, changes.map((c) => ({ ...c, field: `procedure.${c.field}` })), actor, nowIso));
      return row;
    });
  }

  return {
    current(): Promise<Procedure> {
      return currentProcedure(db);
    },

    get(id: string): Promise<Procedure | undefined> {
      return db.procedures.get(id);
    },

    /** Every stored version, newest first. */
    list(): Promise<Procedure[]> {
      return db.procedures.orderBy('updatedAt').reverse().toArray();
    },

    /** The presets to choose from (a copy: a screen may sort it). */
    presets(): Procedure[] {
      return [...PROCEDURE_PRESETS];
    },

    /** Whether someone in the office chose the regeling; until then new complaints would run under an assumed default. */
    chosen(): Promise<boolean> {
      return isChosen(db);
    },

    /** The office works from now on with this preset: a new version of it becomes current. */
    choosePreset(key: string, actor: Actor, now: Date = new Date()): Promise<Procedure> {
      const preset = presetByKey(key);
      if (!preset) return Promise.reject(new ValidationError({ key: UNKNOWN_PRESET }));
      const form = preset.texts.formOfAddress;
      const nowIso = now.toISOString();
      // One transaction (saveVersion's runs inside it): its letters address the customer as the regeling does (000 and 003: "je"); the office can still change it on the letterhead.
      return db.transaction('rw', [db.procedures, db.settings, db.eventLogs], async () => {
        if (form) await setFormOfAddress(form, actor, nowIso);
        const row = await saveVersion(preset, actor, now, 'Klachtenregeling gekozen');
        if (await isChosen(db)) return row;
        // The assumed default chosen on purpose is no new version, but it is now a choice, on record.
        const stored = await storedCurrentProcedure(db);
        await db.settings.put({ key: SETTING_KEYS.currentProcedure, value: stored.id, updatedAt: nowIso });
        await appendEvent(db, settingsEvent(`Klachtenregeling gekozen: ${stored.name} (versie ${stored.version})`, [], actor, nowIso));
        return stored;
      });
    },

    /** The office's own changes to a procedure: stored as a new version of its key, validated first. */
    saveEdited(procedure: Procedure, actor: Actor, now: Date = new Date()): Promise<Procedure> {
      return saveVersion(procedure, actor, now, 'Klachtenregeling gewijzigd');
    },
  };
}
