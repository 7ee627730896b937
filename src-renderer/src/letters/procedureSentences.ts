/**
 * Sentences a letter takes from the procedure it is sent under, in "u" and
 * "je": who judges the complaint, what the customer is offered, which term is
 * promised and whether it can be extended. A fixed wording would promise what
 * some regeling forbids (an extension under 000, a non-involved employee
 * under 003, a response term 004 never names).
 */
import type { Procedure, Term } from '../domain/procedure';
import { hasVerdict } from '../domain/procedures/absent';
import { formatTerm } from '../domain/procedureText';
import type { LetterFormOfAddress } from './types';

type Words = Record<LetterFormOfAddress, string>;

const pick = (words: Words, form: LetterFormOfAddress) => words[form];

/** Whether the procedure lets the office take more time for its response. */
export function allowsExtension(procedure: Procedure): boolean {
  return procedure.terms.response !== null && procedure.terms.extension.allowed;
}

/**
 * What the customer may expect next and by when: the response term and its
 * day, with the extension notice only where the procedure allows one; else
 * the further-handling term; else (004: "zo snel mogelijk") contact soon.
 */
export function responsePromise(procedure: Procedure, responseDueDay: string | null, form: LetterFormOfAddress): string {
  return [firstSteps(procedure, responseDueDay, form), termPromise(procedure, responseDueDay, form)].filter((sentence) => sentence !== '').join(' ');
}

/**
 * What comes before the response, where the regeling names it: contact to
 * settle the complaint together (000) and word on the further handling
 * within its own term (003's 10 working days).
 */
function firstSteps(procedure: Procedure, responseDueDay: string | null, form: LetterFormOfAddress): string {
  const { response, furtherHandling } = procedure.terms;
  const contact = procedure.steps.informalResolution
    ? pick(
        {
          u: 'Wij nemen telefonisch of per e-mail contact met u op om na te gaan of wij uw klacht goed hebben begrepen en om samen met u naar een oplossing te zoeken.',
          je: 'We nemen telefonisch of per mail contact met je op om na te gaan of we je klacht goed hebben begrepen en om samen met je naar een oplossing te zoeken.',
        },
        form,
      )
    : '';
  // Without a response term the further-handling term is the promise itself (termPromise).
  const word = furtherHandling && response && responseDueDay ? furtherHandlingPromise(furtherHandling, form) : '';
  return [contact, word].filter((sentence) => sentence !== '').join(' ');
}

function furtherHandlingPromise(term: Term, form: LetterFormOfAddress): string {
  return pick(
    {
      u: `Binnen ${formatTerm(term)} laten wij u weten hoe wij uw klacht verder afhandelen.`,
      je: `Binnen ${formatTerm(term)} laten we je weten hoe we je klacht verder afhandelen.`,
    },
    form,
  );
}

function termPromise(procedure: Procedure, responseDueDay: string | null, form: LetterFormOfAddress): string {
  const { response, furtherHandling, extension } = procedure.terms;
  if (response && responseDueDay) {
    const promise = pick(
      {
        u: `Binnen ${formatTerm(response)} na ontvangst, dus uiterlijk op ${responseDueDay}, ontvangt u van ons een schriftelijke reactie.`,
        je: `Binnen ${formatTerm(response)} na ontvangst, dus uiterlijk op ${responseDueDay}, krijg je van ons een schriftelijke reactie.`,
      },
      form,
    );
    if (!allowsExtension(procedure)) return promise;
    const most = extension.maxExtra ? ` De termijn wordt dan met ten hoogste ${formatTerm(extension.maxExtra)} verlengd.` : '';
    const notice = pick(
      {
        u: 'Mocht het meer tijd kosten, dan laten wij u dat vóór die datum weten, met de reden en de nieuwe datum.',
        je: 'Hebben we meer tijd nodig, dan laten we je dat vóór die datum weten, met de reden en de nieuwe datum.',
      },
      form,
    );
    return `${promise} ${notice}${most}`;
  }
  if (furtherHandling) return furtherHandlingPromise(furtherHandling, form);
  return pick(
    {
      u: 'Wij nemen zo snel mogelijk contact met u op om te bespreken hoe wij uw klacht verder afhandelen.',
      je: 'We nemen zo snel mogelijk contact met je op om te bespreken hoe we je klacht verder afhandelen.',
    },
    form,
  );
}

/** Who hears whom before the judgement, where the procedure asks for hoor en wederhoor. */
function hearing(procedure: Procedure, form: LetterFormOfAddress): string {
  if (!procedure.steps.hearBothSides) return '';
  return pick(
    {
      u: ' Daarbij horen wij u en iedereen die in uw klacht wordt genoemd (hoor en wederhoor).',
      je: ' Daarbij horen we jou en iedereen die in je klacht wordt genoemd (hoor en wederhoor).',
    },
    form,
  );
}

/**
 * Where nobody declares the complaint founded or not (004), an owner finds a
 * solution with the customer, the course is evaluated with them and the file
 * closes only when they agree: the letter says so, and no one "judges".
 */
function seekingSolution(procedure: Procedure, form: LetterFormOfAddress): string {
  const { ownerAssignment, evaluation, customerAgreementBeforeClosing } = procedure.steps;
  return [
    ownerAssignment
      ? pick({ u: 'Wij wijzen een medewerker aan die uw klacht in behandeling neemt en met u zoekt naar een passende oplossing.', je: 'We wijzen een medewerker aan die je klacht in behandeling neemt en met je zoekt naar een passende oplossing.' }, form)
      : pick({ u: 'Wij zoeken samen met u naar een passende oplossing.', je: 'We zoeken samen met je naar een passende oplossing.' }, form),
    evaluation ? pick({ u: 'Daarna bespreken wij met u hoe de afhandeling is verlopen.', je: 'Daarna bespreken we met je hoe de afhandeling is verlopen.' }, form) : '',
    customerAgreementBeforeClosing ? pick({ u: 'Wij sluiten uw klacht pas af als u akkoord bent.', je: 'We sluiten je klacht pas af als je akkoord bent.' }, form) : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/** Who judges, in the procedure's own terms, with what the customer is offered on the way. */
function judging(procedure: Procedure, form: LetterFormOfAddress): string {
  if (!hasVerdict(procedure)) return seekingSolution(procedure, form);
  const hear = hearing(procedure, form);
  switch (procedure.steps.judgedBy) {
    case 'owner':
      // Seed 003: the owner handles every complaint and offers a proposal or a (phone) conversation.
      return hear
        ? pick({ u: `Wij beoordelen uw klacht zelf.${hear}`, je: `We beoordelen je klacht zelf.${hear}` }, form)
        : pick(
            {
              u: 'Wij behandelen uw klacht zelf. Wij horen graag uw kant van de zaak en bespreken met u de mogelijkheden, in principe telefonisch of anders in overleg; daarna doen wij u een voorstel om uw klacht af te handelen.',
              je: 'We behandelen je klacht zelf. We horen graag jouw kant van de zaak en bespreken met je de mogelijkheden, in principe telefonisch of anders in overleg; daarna doen we je een voorstel om je klacht af te handelen.',
            },
            form,
          );
    case 'committee': {
      // 001: the chair weighs both sides and takes the position; a committee without a named chair judges as a whole.
      const chair = procedure.committee.find((member) => member.role === 'chair')?.name.trim();
      const who = chair ? `De voorzitter van onze klachtencommissie, ${chair},` : 'Onze klachtencommissie';
      return pick({ u: `${who} beoordeelt uw klacht.${hear}`, je: `${who} beoordeelt je klacht.${hear}` }, form);
    }
    case 'complaints_officer':
      return pick({ u: `Een onafhankelijke klachtenfunctionaris beoordeelt uw klacht.${hear}`, je: `Een onafhankelijke klachtenfunctionaris beoordeelt je klacht.${hear}` }, form);
    case 'uninvolved_employee':
      return pick(
        {
          u: `Wij onderzoeken wat er is gebeurd. Een medewerker die niet bij de klacht betrokken is, beoordeelt uw klacht.${hear}`,
          je: `We zoeken uit wat er is gebeurd. Een medewerker die niet bij de klacht betrokken is, beoordeelt je klacht.${hear}`,
        },
        form,
      );
  }
}

/** The further-handling letter's middle: who handles and judges the complaint, and when the customer hears the outcome. */
export function handlingText(procedure: Procedure, responseDueDay: string | null, form: LetterFormOfAddress): string {
  const outcome =
    procedure.terms.response && responseDueDay
      ? pick(
          {
            u: ` U ontvangt uiterlijk op ${responseDueDay} onze schriftelijke reactie.`,
            je: ` Uiterlijk op ${responseDueDay} krijg je onze schriftelijke reactie.`,
          },
          form,
        )
      : pick({ u: ' Wij houden u op de hoogte van de voortgang.', je: ' We houden je op de hoogte van hoe het gaat.' }, form);
  return `${judging(procedure, form)}${outcome}`;
}
