import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useActor } from '../../app/profile';
import { errorText } from '../../components/errorText';
import { FormProblem } from '../../components/FormProblem';
import type { Measure } from '../../domain/model';
import { ActionForm } from '../card/workflow/ActionForm';
import { CHECK_FORM, checkInputOf } from './measureForms';

/** What can be done to a measure where it is shown (card or register): carry it out, then check its effect. */
export function MeasureActions({ measure, today }: { measure: Measure; today: string }) {
  const repos = useRepositories();
  const actor = useActor();
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checkPending = measure.status === 'done' && measure.check?.checkedOn == null;

  const markDone = async () => {
    try {
      setProblem(null);
      await repos.measures.markDone(measure.id, today, actor);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <>
      {measure.status === 'open' ? (
        <button type="button" className="secondary small" onClick={() => void markDone()}>
          Maatregel uitgevoerd
        </button>
      ) : null}
      {checkPending && !checking ? (
        <button type="button" className="secondary small" onClick={() => setChecking(true)}>
          Effectiviteit toetsen
        </button>
      ) : null}
      {checking ? (
        <ActionForm
          type={`check-${measure.id}`}
          form={CHECK_FORM}
          options={{}}
          defaults={{ checkedBy: actor.name }}
          onCancel={() => setChecking(false)}
          onSubmit={async (values) => {
            try {
              await repos.measures.recordCheck(measure.id, checkInputOf(values), actor);
              setChecking(false);
              return null;
            } catch (error) {
              return errorText(error);
            }
          }}
        />
      ) : null}
      <FormProblem text={problem} />
    </>
  );
}
