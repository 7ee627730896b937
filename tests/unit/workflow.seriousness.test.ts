import { describe, expect, it } from 'vitest';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { toAction } from '../../src-renderer/src/features/card/workflow/toAction';
import { walkFor } from './support/workflow';

const settle = { type: 'settle_informally' as const, on: '2026-04-27', agreement: 'Excuses aanvaard' };
const seriousnessLine = (walk: ReturnType<typeof walkFor>) => procedureChecklist(walk.complaint, walk.procedure).find((item) => item.key === 'seriousness');

// 000: "Als we niet direct een oplossing vinden of als er sprake is van een dusdanig ernstige klacht die aanpassing
// van de werkwijze van M@ vergt, nemen wij jouw klacht verder in behandeling."
describe('a serious complaint is not settled at first contact (seed 000)', () => {
  it('refuses the settlement, with why, once the complaint is recorded as serious', () => {
    const walk = walkFor('dokh').do('2026-04-27', { type: 'assess_seriousness', serious: true, notes: 'Medicatie niet gegeven: roosterwerkwijze moet anders' });
    expect(walk.events.at(-1)?.summary).toBe(
      'Ernstige klacht: vraagt aanpassing van de werkwijze en wordt verder in behandeling genomen: Medicatie niet gegeven: roosterwerkwijze moet anders',
    );
    expect(walk.why('2026-04-27', 'settle_informally')).toBe(
      'Een ernstige klacht, die aanpassing van de werkwijze vraagt, wordt niet bij het eerste contact afgehandeld: neem hem verder in behandeling',
    );
    expect(walk.refusal('2026-04-27', settle)?.message).toContain('Een ernstige klacht');
    expect(seriousnessLine(walk)).toMatchObject({ state: 'done', step: 'Ernstige klacht: vraagt aanpassing van de werkwijze en wordt verder in behandeling genomen' });
  });

  it('lets a complaint judged not serious be settled together, and the assessment be corrected before handling starts', () => {
    const walk = walkFor('dokh').do('2026-04-27', { type: 'assess_seriousness', serious: false, notes: '' });
    expect(walk.refusal('2026-04-27', settle)).toBeNull();
    walk.do('2026-04-27', { type: 'assess_seriousness', serious: true, notes: '' });
    expect(walk.refusal('2026-04-27', settle)).not.toBeNull();
  });

  it('is asked only where the procedure settles at first contact, from the form’s yes or no', () => {
    expect(walkFor('wkkgz').available('2026-04-27').find((a) => a.type === 'assess_seriousness')?.applicable).toBe(false);
    expect(toAction('assess_seriousness', { serious: 'yes', notes: ' x ' }, { staffName: () => '' })).toEqual({ type: 'assess_seriousness', serious: true, notes: 'x' });
    expect(toAction('assess_seriousness', { serious: 'no', notes: '' }, { staffName: () => '' })).toMatchObject({ serious: false });
  });
});
