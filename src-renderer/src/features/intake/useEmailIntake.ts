import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useRepositories } from '../../app/data';
import type { ComplaintPin } from '../../db/repositories';
import type { Customer, ReceiptSource } from '../../domain/model';
import { intakeFromEmail, type EmailIntake } from '../../mail';
import { platform } from '../../platform';
import type { IntakeFormValues } from './formValues';
import type { PendingEmail } from './pendingEmail';

/**
 * A dropped e-mail fills the intake: channel e-mail, the mail's arrival as the
 * date of receipt (and which moment of the mail that was), subject and body, the sender found by address or proposed new.
 * On saving, the mail and its attachments are pinned to the complaint as "klacht".
 */
export function useEmailIntake(form: UseFormReturn<IntakeFormValues>, onCustomerFound: (customer: Customer) => void) {
  const repos = useRepositories();
  const [email, setEmail] = useState<PendingEmail | null>(null);
  // Kept apart from the pin: the date still came from the mail when the user chooses not to pin it.
  const [receipt, setReceipt] = useState<Pick<EmailIntake, 'receivedAt' | 'receiptSource'> | null>(null);

  const apply = useCallback(
    async (pending: PendingEmail) => {
      const fill = intakeFromEmail(pending.mail);
      form.setValue('complaint.channel', 'email');
      form.setValue('complaint.receivedAt', fill.receivedAt);
      setReceipt({ receivedAt: fill.receivedAt, receiptSource: fill.receiptSource });
      form.setValue('complaint.summary', fill.summary);
      form.setValue('complaint.description', fill.description);
      setEmail(pending);
      const address = fill.customer.email.toLowerCase();
      const found = address ? (await repos.customers.find(address, 5)).find((customer) => customer.email.toLowerCase() === address) : undefined;
      if (found) onCustomerFound(found);
      else {
        form.setValue('customerId', null);
        form.setValue('customer.name', fill.customer.name);
        form.setValue('customer.email', fill.customer.email);
      }
    },
    [form, repos, onCustomerFound],
  );

  /** Stores the bytes (before the record is written) and describes the pins for the saving transaction. */
  const storeForSave = async (): Promise<ComplaintPin[]> => {
    if (!email) return [];
    const files = [{ name: email.fileName, type: email.type, bytes: email.bytes }, ...email.mail.attachments];
    const pins: ComplaintPin[] = [];
    for (const [index, file] of files.entries()) {
      const stored = await platform().putAttachment(file.bytes);
      // The mail is pin 0; every attachment came out of it.
      pins.push({ name: file.name, type: file.type || 'application/octet-stream', size: stored.size, sha256: stored.sha256, kind: 'complaint', extractedFrom: index === 0 ? null : 0 });
    }
    return pins;
  };

  /** Where the date of receipt in the form came from: null once the user typed another one over it. */
  const receiptSourceFor = (receivedAt: string): ReceiptSource | null =>
    receipt && receipt.receivedAt === receivedAt.trim() ? receipt.receiptSource : null;

  return { email, apply, drop: () => setEmail(null), storeForSave, receiptSourceFor };
}
