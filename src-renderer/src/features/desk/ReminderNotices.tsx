import type { ReminderMessage } from '../../domain/desk';
import { openReminderTarget, termsKey } from './useTermReminders';

/** Reminders of terms in the window itself, where the system shows no notifications (the browser build). */
export function ReminderNotices({ messages, onDismiss }: { messages: readonly ReminderMessage[]; onDismiss: (message: ReminderMessage) => void }) {
  return (
    <div className="reminders" role="region" aria-live="polite" aria-label="Herinneringen">
      {messages.map((message) => (
        <section key={termsKey(message)} className="reminder" aria-label={message.title}>
          <div>
            <strong>{message.title}</strong>
            <span>{message.detail}</span>
          </div>
          <button
            type="button"
            className="small"
            onClick={() => {
              onDismiss(message);
              openReminderTarget(message.target);
            }}
          >
            {message.target ? 'Openen' : 'Naar het bureau'}
          </button>
          <button type="button" className="link" aria-label={`Herinnering sluiten: ${message.title}`} onClick={() => onDismiss(message)}>
            ×
          </button>
        </section>
      ))}
    </div>
  );
}
