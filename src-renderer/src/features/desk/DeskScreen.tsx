import { hrefFor } from '../../app/router';
import { useRepositories } from '../../app/data';
import { formatMediumDate } from '../../components/format';
import { useToday } from '../card/workflow/useToday';
import { useStaffNames } from '../complaints/useStaffNames';
import { ComplaintListSection } from './ComplaintListSection';
import { DeadlineSection } from './DeadlineSection';
import { publishOverdueTotal } from './overdueTotal';
import { SetupChecklist } from './SetupChecklist';
import { StatusCheckSection } from './StatusCheckSection';
import { useOwnerChoices } from './useOwnerChoices';
import { deskWeekEnd } from './weekEnd';
import { WorkloadSection } from './WorkloadSection';
import { LapsedRetentionSection } from '../privacy/LapsedRetentionSection';
import '../../styles/desk.css';

/**
 * The coordinator's desk: what is late, what falls due this week, what nobody
 * picked up or waits on the customer, who carries what and whose status check
 * is due. With `ownerId` the same desk shows one owner's part: the lists behind
 * the numbers in "Behandelaars", and an owner's own start screen.
 */
export function DeskScreen({ ownerId }: { ownerId?: string | undefined }) {
  const repos = useRepositories();
  const today = useToday();
  const weekEnd = deskWeekEnd(today);
  const staffNames = useStaffNames();
  const choices = useOwnerChoices();
  const ownerName = ownerId ? (staffNames.get(ownerId) ?? '') : null;
  const key = `${today}|${weekEnd}|${ownerId ?? ''}`;

  return (
    <div className="desk">
      <div className="page-head">
        <h1 id="desk-title">
          Bureau
          {ownerName !== null ? <span className="title-summary"> {ownerName}</span> : null}
        </h1>
        <p className="muted">Vandaag: {formatMediumDate(today)}</p>
      </div>
      {ownerId ? null : <SetupChecklist />}
      {ownerId ? (
        <p className="desk-filter">
          Alleen de klachten van {ownerName || 'deze behandelaar'}. <a href={hrefFor({ name: 'desk' })}>Hele bureau tonen</a>
        </p>
      ) : null}
      <div className="desk-columns">
        <div className="desk-column">
          <DeadlineSection
            id="desk-overdue"
            title="Te laat"
            note="Verstreken termijnen per soort, de meest dringende soort bovenaan. Het getal telt klachten, elke klacht één keer."
            empty="Niets te laat. Kijk bij Deze week wat eraan komt."
            today={today}
            ownerId={ownerId}
            query={(options) => repos.desk.overdue(today, options)}
            queryKey={`overdue|${key}`}
            className="desk-overdue"
            onTotal={ownerId ? undefined : publishOverdueTotal}
          />
          <DeadlineSection
            id="desk-week"
            title="Deze week"
            note={`Vandaag tot en met ${formatMediumDate(weekEnd)}.`}
            empty="Deze week loopt geen termijn af."
            today={today}
            ownerId={ownerId}
            query={(options) => repos.desk.dueSoon(today, weekEnd, options)}
            queryKey={`week|${key}`}
          />
          {ownerId ? (
            <ComplaintListSection
              id="desk-open"
              title="Open klachten"
              note="Per stand, de oudste bovenaan. Met Toewijzen gaat een klacht naar een collega."
              empty="Geen open klachten. Nieuwe klachten wijst de coördinator toe vanaf het bureau."
              load={(page) => repos.desk.ownerOpen(ownerId, page)}
              queryKey={`open|${ownerId}`}
              showState
              assignTo={choices}
            />
          ) : null}
        </div>
        <div className="desk-column">
          {ownerId ? (
            <StatusCheckSection today={today} ownerId={ownerId} />
          ) : (
            <>
              <ComplaintListSection
                id="desk-unassigned"
                title="Niet toegewezen"
                note="Nog niemand pakt deze op, de oudste bovenaan."
                empty="Elke open klacht heeft een behandelaar."
                load={(page) => repos.desk.unassigned(page)}
                queryKey="unassigned"
                assignTo={choices}
              />
              <ComplaintListSection
                id="desk-written"
                title="Wacht op schriftelijke klacht"
                note="Telefonisch of aan de balie aangenomen; de klachtenregeling telt alleen een schriftelijke klacht, en pas daarmee gaan de termijnen lopen."
                empty="Geen klachten die nog schriftelijk moeten binnenkomen."
                load={(page) => repos.desk.waitingForWrittenComplaint(page)}
                queryKey="written"
              />
              <StatusCheckSection today={today} ownerId={undefined} />
              <WorkloadSection today={today} weekEnd={weekEnd} />
              <ComplaintListSection
                id="desk-evaluation"
                title="Wacht op evaluatie"
                note="Afgehandeld; bespreek het verloop met de klant."
                empty="Geen klachten die op een evaluatie wachten."
                load={(page) => repos.desk.waitingForEvaluation(page)}
                queryKey="evaluation"
                showOwner
              />
              <ComplaintListSection
                id="desk-agreement"
                title="Wacht op akkoord klant"
                note="Sluiten kan pas als de klant akkoord is."
                empty="Geen klachten die op het akkoord van de klant wachten."
                load={(page) => repos.desk.waitingForAgreement(page)}
                queryKey="agreement"
                showOwner
              />
              <ComplaintListSection
                id="desk-ready"
                title="Klaar om te sluiten"
                empty="Geen klachten die alleen nog gesloten moeten worden."
                load={(page) => repos.desk.readyToClose(page)}
                queryKey="ready"
                showOwner
              />
              <LapsedRetentionSection today={today} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
