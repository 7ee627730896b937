/**
 * What the office's server itself refuses, whatever program writes to it
 * (validate_doc_update, run by CouchDB on every write, replication included):
 * - an account without a Klachtenbalie role changes nothing;
 * - an event once recorded is never changed or left out of a new version of
 *   its log. This holds under offline merging, which only ever adds events.
 *   Removing a version as a whole stays possible: that is how two versions'
 *   merge ends the losing one, and the server cannot tell that from removing
 *   the last one (removal rights come with the privacy issue's roles);
 * - a step the procedure gives to a role (assigning, judging, closing …) is
 *   taken only by an account with one of the roles some regeling gives it.
 *   Such a step travels as a document of its own, written once (sync/stepDocs):
 *   the account that sends it is the one that took it, whereas a merged event
 *   log carries other people's events. The step says the roles its own
 *   procedure gives it; the server, which knows no procedure, accepts only
 *   roles some regeling gives that step, so a changed app can narrow the
 *   check but not widen it. The app checks the procedure's exact roles itself
 *   (domain/workflow/roles.ts).
 * Not checked here: the complaint record's own fields (its owner, status):
 * two versions of it merge field by field, so it carries several people's
 * changes at once.
 */
import { STAFF_ROLES } from '../domain/model';
import { rolesAnyProcedureGives } from '../domain/workflow';
import type { CouchClient } from './couchHttp';
import { encodePath, isRecord } from './couchHttp';
import { CouchHttpError } from './couchErrors';
import { STEP_PREFIX } from './stepDocs';

export const RULES_ID = '_design/klachtenbalie';

/** Plain ES5 for CouchDB's JavaScript engine; the roles and steps are this app's. */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = ${JSON.stringify(STAFF_ROLES)};
  var stepRoles = ${JSON.stringify(rolesAnyProcedureGives())};
  var has = function (role) { return userCtx.roles.indexOf(role) !== -1; };
  if (has('_admin')) return;
  var member = false;
  for (var r = 0; r < roles.length; r++) if (has(roles[r])) member = true;
  if (!member) throw({ forbidden: 'Dit account heeft geen rol voor Klachtenbalie en kan niets wijzigen.' });
  if (newDoc._id.indexOf('${STEP_PREFIX}') === 0) {
    if (newDoc._deleted) return;
    if (oldDoc && !oldDoc._deleted) throw({ forbidden: 'Een vastgelegde stap kan niet worden gewijzigd.' });
    var step = newDoc.event && newDoc.event.step;
    var given = step && stepRoles.hasOwnProperty(step.kind) ? stepRoles[step.kind] : null;
    if (!given || !step.roles || !step.roles.length) throw({ forbidden: 'Dit is geen stap van een klachtenregeling.' });
    for (var s = 0; s < step.roles.length; s++) if (given.indexOf(step.roles[s]) !== -1 && has(step.roles[s])) return;
    throw({ forbidden: 'Deze stap is voor een andere rol (' + step.roles.join(', ') + '); dit account heeft die rol niet.' });
  }
  if (newDoc._id.indexOf('eventLogs:') !== 0 || newDoc._deleted) return;
  var events = (newDoc.value && newDoc.value.events) || [];
  for (var k = 0; k < events.length; k++) {
    if (events[k].step) throw({ forbidden: 'Een stap van een rol hoort in een eigen document, niet in het logboek.' });
  }
  if (!oldDoc || oldDoc._deleted) return;
  var mark = function (event) { return [event.id, event.type, event.at, event.actorName].join('|'); };
  var kept = {};
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
