import { useCallback, useEffect, useMemo, useState } from 'react';
import { useRepositories } from '../../app/data';
import { navigate } from '../../app/router';
import { reminderMessages, type ReminderMessage } from '../../domain/desk';
import { DEADLINE_KINDS, type Staff } from '../../domain/model';
import { platform, type NotificationTarget } from '../../platform';
import { useToday } from '../card/workflow/useToday';

/** Which terms a reminder is about: the same terms make the same reminder, whatever its wording. */
export const termsKey = (message: ReminderMessage) => message.deadlines.map((d) => d.id).join();
const sameTerms = (a: ReminderMessage, b: ReminderMessage) => termsKey(a) === termsKey(b);

/** How often open terms are looked at again while the app stays open. */
const CHECK_EVERY_MS = 2 * 60_000;
/** The first look waits until the start screen is drawn: a reminder is not worth a slower start. */
const FIRST_CHECK_AFTER_MS = 4_000;

export function openReminderTarget(target: NotificationTarget | ReminderMessage['target']): void {
  const kind = target ? DEADLINE_KINDS.find((k) => k === target.kind) : undefined;
  if (!target || !kind) return navigate({ name: 'desk' });
  navigate({ name: 'card', complaintId: target.complaintId, step: target.itemId ? { kind, itemId: target.itemId } : { kind } });
}

/**
 * Reminds the person working of terms that fell due: once per term, as a
 * system notification on the desktop, or in-app where there is none (the
 * browser). Returns the in-app ones still to be read, and a way to close one.
 * The dock or taskbar badge follows `overdue`.
 */
export function useTermReminders(staff: Staff, overdue: number | undefined) {
  const repos = useRepositories();
  const today = useToday();
  const [inApp, setInApp] = useState<ReminderMessage[]>([]);
  // Only who it is and what they do matter: a re-read of the staff table must not restart the timers.
  const rolesKey = staff.roles.join(',');
  const person = useMemo(() => ({ id: staff.id, roles: staff.roles }), [staff.id, rolesKey]);

  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const batch = await repos.reminders.unsaid(person, today);
      if (batch.count === 0 && batch.stale.length > 0) await repos.reminders.said(person.id, [], batch.stale);
      for (const message of reminderMessages(batch, today)) {
        if (stopped) return;
        const shown = await platform().notify({ title: message.title, body: message.body, target: message.target }).catch(() => false);
        // Said only once seen: a system notification now; an in-app one when it is opened or closed.
        if (shown) await repos.reminders.said(person.id, message.deadlines, batch.stale);
        // A newer summary replaces the older one instead of stacking up beside it.
        else if (!stopped) setInApp((current) => (current.some((m) => sameTerms(m, message)) ? current : [...current.filter((m) => message.target !== null || m.target !== null), message]));
      }
      // When the last look was taken: lets a test (and a curious support call) tell "nothing new" from "not looked yet".
      document.documentElement.dataset.remindersCheckedFor = today;
    };
    const run = () => void check().catch((error: unknown) => console.error('Herinneringen konden niet worden bekeken:', error));
    const first = setTimeout(run, FIRST_CHECK_AFTER_MS);
    const timer = setInterval(run, CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [repos, person, today]);

  useEffect(() => platform().onNotificationClick(openReminderTarget), []);

  useEffect(() => {
    void platform()
      .setBadgeCount(overdue ?? 0)
      .catch(() => undefined);
  }, [overdue]);

  /** Opened or closed: the person saw it, so it is said. */
  const dismiss = useCallback(
    (message: ReminderMessage) => {
      setInApp((current) => current.filter((m) => !sameTerms(m, message)));
      void repos.reminders.said(person.id, message.deadlines).catch((error: unknown) => console.error('Herinnering kon niet worden vastgelegd:', error));
    },
    [repos, person],
  );
  return { inApp, dismiss };
}
