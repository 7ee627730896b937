import type { ComplaintWorkflow } from '../model';

/** A complaint's workflow before any step: it only knows the procedure version it runs under. */
export function emptyWorkflow(procedureVersionId: string): ComplaintWorkflow {
  return {
    procedureVersionId,
    acknowledgement: null,
    furtherHandlingMessage: null,
    response: null,
    extension: null,
    ownerAssignedOn: null,
    writtenReceipt: null,
    informalSettlement: null,
    statusChecks: [],
    contacts: [],
    managementConsultations: [],
    judgement: null,
    solution: null,
    rootCause: '',
    correctiveActions: [],
    structuralMeasures: '',
    evaluation: null,
    customerAgreement: null,
    escalations: [],
    statusBeforeEscalation: null,
    lateAcceptance: null,
    inadmissible: null,
    withdrawn: null,
    followUps: [],
    reopenings: [],
    closedOn: null,
    retentionUntil: null,
  };
}
