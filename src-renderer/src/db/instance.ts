/**
 * The one database and repositories the app uses. Features call
 * `getRepositories()`; start-up code (after `openDatabase`) and tests put in
 * their own database with `setDatabase()`.
 */
import { KlachtenbalieDb } from './database';
import { createRepositories, type Repositories } from './repositories';

let current: { db: KlachtenbalieDb; repositories: Repositories } | null = null;

function ensure(): NonNullable<typeof current> {
  if (current) return current;
  const db = new KlachtenbalieDb();
  current = { db, repositories: createRepositories(db) };
  return current;
}

export function getDatabase(): KlachtenbalieDb {
  return ensure().db;
}

export function getRepositories(): Repositories {
  return ensure().repositories;
}

export function setDatabase(db: KlachtenbalieDb): void {
  current = { db, repositories: createRepositories(db) };
}
