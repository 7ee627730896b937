import type { AvailableAction } from '../../../domain/workflow';
import { ACTION_FORMS } from './actionForms';

interface Props {
  actions: AvailableAction[];
  open: string | null;
  onToggle: (type: string) => void;
}

/**
 * The steps that can be taken now as buttons. Steps of this procedure that are
 * refused for now are listed with the reason, so "why can't I close this?"
 * has an answer on screen; steps the procedure does not have are left off.
 */
export function ActionButtons({ actions, open, onToggle }: Props) {
  const shown = actions.filter((action) => action.applicable && ACTION_FORMS[action.type]);
  const allowed = shown.filter((action) => action.allowed);
  // Closing is what everyone tries last: its refusal is always in sight, with the reason.
  const closeRefused = shown.find((action) => action.type === 'close' && !action.allowed);
  const refused = shown.filter((action) => !action.allowed && action !== closeRefused);
  return (
    <div className="actions">
      <div className="actions-bar" role="group" aria-label="Stappen die nu kunnen">
        {allowed.map((action) => (
          <button
            key={action.type}
            type="button"
            className={open === action.type ? '' : 'secondary'}
            aria-expanded={open === action.type}
            onClick={() => onToggle(action.type)}
          >
            {ACTION_FORMS[action.type]?.label}
          </button>
        ))}
        {closeRefused ? (
          <span className="refused-close">
            <button type="button" className="secondary" disabled aria-describedby="why-close">
              {ACTION_FORMS.close?.label}
            </button>
            <span id="why-close" className="why">
              {closeRefused.reason}
            </span>
          </span>
        ) : null}
      </div>
      {refused.length > 0 ? (
        <details className="refused">
          <summary>Nog niet mogelijk ({refused.length})</summary>
          <ul>
            {refused.map((action) => (
              <li key={action.type}>
                <button type="button" className="secondary small" disabled aria-describedby={`why-${action.type}`}>
                  {ACTION_FORMS[action.type]?.label}
                </button>
                <span id={`why-${action.type}`} className="why">
                  {action.reason}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
