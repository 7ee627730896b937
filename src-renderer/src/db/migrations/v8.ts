/**
 * Version 7 → 8: every complaint gets its search keys (each term with the
 * receipt moment, see searchKeysOf) for the new `*searchKeys` index, which
 * replaces the `*searchTerms` one; every customer its name and detail terms
 * for the two indexes that replace theirs. A page at a time.
 */
import type { Transaction } from 'dexie';
import type { Complaint, Customer } from '../../domain/model';
import { detailTermsOfCustomer, nameTermsOfCustomer, searchKeysOf } from '../../domain/search';
import { forEachPage } from './pages';

const PAGE = 2000;

export async function upgradeToVersion8(tx: Transaction): Promise<void> {
  const customers = tx.table<Customer, string>('customers');
  await forEachPage(customers, PAGE, async (page) => {
    // A merged customer keeps no terms: search must not find it. The others get
    // theirs from their stored terms, as search has matched them until now.
    await customers.bulkPut(
      page.map((customer) =>
        customer.mergedIntoId
          ? { ...customer, nameTerms: [], detailTerms: [] }
          : { ...customer, nameTerms: nameTermsOfCustomer(customer), detailTerms: detailTermsOfCustomer(customer) },
      ),
    );
  });
  const complaints = tx.table<Complaint, string>('complaints');
  await forEachPage(complaints, PAGE, async (page) => {
    await complaints.bulkPut(page.map((complaint) => ({ ...complaint, searchKeys: searchKeysOf(complaint) })));
  });
}
