/**
 * A complete example letter input: for the template editor's live preview
 * (every placeholder has a value) and for tests. Built on a real procedure.
 * The free texts say neither "u" nor "je", so they fit both forms of address.
 */
import { createWorkingDayCalendar } from '../domain/calendar';
import { computeDeadlines } from '../domain/deadlines';
import type { Complaint, Customer } from '../domain/model';
import type { Procedure } from '../domain/procedure';
import { emptyWorkflow } from '../domain/workflow';
import type { LetterFormOfAddress, LetterInput, LetterType, Letterhead } from './types';

/** The live preview asks for a sample on every keystroke; one calendar keeps its year tables between them. */
const SAMPLE_CALENDAR = createWorkingDayCalendar();

export const SAMPLE_LETTERHEAD: Letterhead = {
  officeName: 'Installatiebedrijf Van Leeuwen',
  addressLines: ['Westhaven 63', '2801 PN Gouda'],
  phone: '0182-359823',
  email: 'klachten@vanleeuwen.nl',
  website: 'www.vanleeuwen.nl',
  kvkNumber: '12345678',
  placeName: 'Gouda',
  signatoryName: 'Marloes van Dam',
  signatoryFunction: 'Coördinator klachten',
  formOfAddress: 'u',
};

export const SAMPLE_CUSTOMER: Customer = {
  id: 'sample-customer',
  customerNumber: 'KL-1042',
  name: 'Anna de Vries',
  salutation: 'mevrouw',
  phone: '06-12345678',
  email: 'anna.devries@example.nl',
  street: 'Kleiweg 12',
  postcode: '2802 AB',
  city: 'Gouda',
  country: 'NL',
  representative: null,
  mergedIntoId: null,
  createdAt: '2026-11-02T09:30:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  searchTerms: [],
  nameTerms: [],
  detailTerms: [],
};

export function sampleComplaint(procedure: Procedure, customer: Customer = SAMPLE_CUSTOMER): Complaint {
  const workflow = emptyWorkflow(procedure.id);
  return {
    id: 'sample-complaint',
    reference: 'K-2026-0042',
    satisfaction: null,
    customerId: customer.id,
    customerName: customer.name,
    channel: 'email',
    receivedAt: '2026-11-02T09:30:00.000Z',
    problemArisenOn: '2026-10-28',
    summary: 'de cv-ketel is na de onderhoudsbeurt niet meer goed afgesteld',
    description: "Sinds het onderhoud op 28 oktober slaat de ketel 's nachts af en is er geen warm water.",
    category: 'Onderhoud',
    productOrService: 'Onderhoudscontract cv-ketel',
    employeesInvolved: ['Piet Bakker'],
    remedySought: 'De ketel opnieuw laten afstellen',
    confidential: false,
    status: 'judged',
    ownerId: 'staff-owner',
    coordinatorId: 'staff-coordinator',
    nextDeadline: null,
    nextDeadlineKind: null,
    deskState: null,
    workflow: {
      ...workflow,
      acknowledgement: { sentOn: '2026-11-03', method: 'post' },
      judgement: {
        verdict: 'partly_founded',
        reasoning: 'De ketel is bij het onderhoud niet volgens het voorschrift van de fabrikant afgesteld. De storing in de nacht komt daardoor; de kosten van de warmwaterboiler, die los van de ketel is geplaatst, vallen daar niet onder.',
        judgedOn: '2026-11-18',
        judgedById: 'staff-judge',
        judges: ['Karin Smit'],
      },
      solution: { description: 'Onze monteur stelt de ketel op 25 november 2026 kosteloos opnieuw af.', agreedRepairOn: '2026-11-25', thirdParty: '', carriedOutOn: null },
      correctiveActions: [
        {
          id: 'sample-action',
          description: 'alle monteurs volgen de afstelinstructie van de fabrikant en vinken die af op de werkbon',
          assignee: 'Piet Bakker',
          dueOn: '2026-12-15',
          doneOn: null,
          effectivenessCheckDueOn: '2027-03-01',
          effectivenessCheckedOn: null,
          effectivenessResult: '',
        },
      ],
      customerAgreement: { on: '2026-11-20', notes: 'De ketel is opnieuw afgesteld en werkt weer naar tevredenheid.' },
      inadmissible: { on: '2026-11-04', reason: 'Het probleem is ontstaan meer dan twaalf maanden voordat de klacht werd ingediend.' },
      extension: null,
    },
    createdAt: '2026-11-02T09:30:00.000Z',
    updatedAt: '2026-11-18T09:30:00.000Z',
    searchTerms: [],
    searchKeys: [],
  };
}

/** A full example input for a letter type under a procedure, dated 21 November 2026. */
export function sampleLetterInput(type: LetterType, procedure: Procedure, form: LetterFormOfAddress = procedure.texts.formOfAddress ?? 'u'): LetterInput {
  const complaint = sampleComplaint(procedure);
  const date = '2026-11-21';
  return {
    type,
    letterhead: { ...SAMPLE_LETTERHEAD, formOfAddress: form },
    customer: SAMPLE_CUSTOMER,
    complaint,
    procedure,
    deadlines: computeDeadlines(complaint, procedure, SAMPLE_CALENDAR, date),
    date,
    extra: {
      newDueOn: '2026-12-14',
      reason: 'Wij wachten nog op het rapport van de fabrikant van de ketel.',
      meetingOn: '2026-12-01T14:00',
      questions: 'Een foto van het typeplaatje van de ketel en de datum waarop de storing voor het eerst optrad.',
    },
  };
}
