/**
 * What a new office still has to set up before the register works as its own:
 * a regeling someone chose (not the assumed default), someone who handles
 * complaints, a letterhead letters can carry, and a first backup. Pure, so
 * the desk and the tests judge alike.
 */
import type { Staff } from './model';
import { canOwnComplaints } from './staff';

export type SetupStep = 'procedure' | 'staff' | 'letterhead' | 'backup';

export interface SetupFacts {
  procedureChosen: boolean;
  staff: readonly Pick<Staff, 'roles' | 'active'>[];
  officeName: string;
  addressLines: readonly string[];
  backupCount: number;
}

export interface SetupItem {
  step: SetupStep;
  done: boolean;
  /** Dutch: what to do, or what was done. */
  text: string;
}

export function setupChecklist(facts: SetupFacts): SetupItem[] {
  const owners = facts.staff.filter(canOwnComplaints).length;
  const letterhead = facts.officeName.trim() !== '' && facts.addressLines.some((line) => line.trim() !== '');
  return [
    {
      step: 'procedure',
      done: facts.procedureChosen,
      text: facts.procedureChosen ? 'De klachtenregeling is gekozen.' : 'Kies de klachtenregeling die uw kantoor volgt; nieuwe klachten lopen daarna onder haar termijnen.',
    },
    {
      step: 'staff',
      done: owners > 0,
      text: owners > 0 ? `${owners === 1 ? 'Eén medewerker behandelt' : `${owners} medewerkers behandelen`} klachten.` : 'Geef minstens één medewerker de rol Behandelaar: zo kan een klacht worden toegewezen.',
    },
    {
      step: 'letterhead',
      done: letterhead,
      text: letterhead ? 'Het briefpapier heeft naam en adres.' : 'Vul naam en adres van het kantoor in voor het briefpapier van elke brief.',
    },
    {
      step: 'backup',
      done: facts.backupCount > 0,
      text: facts.backupCount > 0 ? 'Er staat een back-up in de back-upmap.' : 'Kies de back-upmap en maak de eerste back-up.',
    },
  ];
}
