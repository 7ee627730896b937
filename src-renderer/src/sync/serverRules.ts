/**
 * What the office's server itself refuses, whatever program writes to it
 * (validate_doc_update, run by CouchDB on every write, replication included):
 * an account without a Klachtenbalie role changes nothing, and an event once
 * recorded is never changed or left out of a new version of its log. Both
 * hold under offline merging, which only ever adds events. Removing a version
 * as a whole stays possible: that is how two versions' merge ends the losing
 * one, and the server cannot tell that from removing the last one (removal
 * rights come with the privacy issue's roles). Which step a role may take is checked by the
 * app (domain/workflow/roles.ts): a merged complaint carries other people's
 * steps, so the server cannot tell from one document who took them.
 */
import { STAFF_ROLES } from '../domain/model';
import type { CouchClient } from './couchHttp';
import { encodePath, isRecord } from './couchHttp';
import { CouchHttpError } from './couchErrors';

export const RULES_ID = '_design/klachtenbalie';

/** Plain ES5 for CouchDB's JavaScript engine; the roles are this app's. */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = ${JSON.stringify(STAFF_ROLES)};
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  var member = false;
  for (var r = 0; r < roles.length; r++) if (userCtx.roles.indexOf(roles[r]) !== -1) member = true;
  if (!member) throw({ forbidden: 'Dit account heeft geen rol voor Klachtenbalie en kan niets wijzigen.' });
  if (newDoc._id.indexOf('eventLogs:') !== 0 || !oldDoc || oldDoc._deleted || newDoc._deleted) return;
  var mark = function (event) { return [event.id, event.type, event.at, event.actorName].join('|'); };
  var kept = {};
  var events = (newDoc.value && newDoc.value.events) || [];
  for (var i = 0; i < events.length; i++) kept[mark(events[i])] = true;
  var before = (oldDoc.value && oldDoc.value.events) || [];
  for (var j = 0; j < before.length; j++) {
    if (!kept[mark(before[j])]) throw({ forbidden: 'Een vastgelegde gebeurtenis kan niet worden gewijzigd of verwijderd.' });
  }
}`;

/**
 * Puts the rules on the shared register. Only an administrator of the server
 * (or of the database) may: for anyone else this answers false and changes nothing.
 */
export async function installServerRules(client: CouchClient, database: string): Promise<boolean> {
  const path = `${encodePath(database)}/${RULES_ID}`;
  try {
    const { status, body } = await client.request('GET', path, { accept: [404] });
    const current = status === 200 && isRecord(body) ? body : null;
    if (current && current.validate_doc_update === VALIDATE_DOC_UPDATE) return true;
    await client.request('PUT', path, { body: { _id: RULES_ID, ...(current?._rev ? { _rev: current._rev } : {}), validate_doc_update: VALIDATE_DOC_UPDATE } });
    return true;
  } catch (error) {
    if (error instanceof CouchHttpError && (error.status === 401 || error.status === 403)) return false;
    throw error;
  }
}

/** Whether the rules are on the register: a document of its own, so not a sign that a register is there. */
export async function hasServerRules(client: CouchClient, database: string): Promise<boolean> {
  const { status } = await client.request('GET', `${encodePath(database)}/${RULES_ID}`, { accept: [401, 403, 404] });
  return status === 200;
}
