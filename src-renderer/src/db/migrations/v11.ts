/**
 * Version 10 → 11: a customer's address has a country, so an address abroad
 * can be entered and its postcode checked as that country writes it. Every
 * customer stored before lived at a Dutch address (only Dutch postcodes were
 * accepted), so each gets Nederland. Not journalled, as version 10: each
 * workstation upgrades its own copy.
 */
import type { Transaction } from 'dexie';
import { DEFAULT_COUNTRY } from '../../domain/countries';

export async function upgradeToVersion11(tx: Transaction): Promise<void> {
  await tx
    .table('customers')
    .filter((customer: { country?: string }) => customer.country === undefined)
    .modify({ country: DEFAULT_COUNTRY });
}
