/**
 * What happens when the page dies or hangs. A crashed renderer leaves a white
 * window that looks like a frozen app, and a receptionist on the phone will
 * kill it and lose more. So a crash reloads the page and says so in Dutch; a
 * hang asks first (waiting is often right during a big search). The intake
 * draft is written to IndexedDB while typing (useIntakeDraft), so a reload
 * offers it back. A page that keeps crashing is not reloaded in a loop: after
 * three recoveries within a minute the app stops and says what to do.
 */
import type { BrowserWindow, MessageBoxOptions, MessageBoxReturnValue, RenderProcessGoneDetails } from 'electron';

export const MAX_RECOVERIES = 3;
export const RECOVERY_WINDOW_MS = 60_000;

export interface RecoveryDeps {
  showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  quit(): void;
  now?: () => number;
}

const DRAFT_KEPT =
  'Uw opgeslagen gegevens zijn niet aangetast. Wat u in een nieuwe klacht typte, is als concept bewaard: open „Nieuwe klacht” en kies „Concept terughalen”.';

export function watchRenderer(window: BrowserWindow, deps: RecoveryDeps): void {
  const now = deps.now ?? Date.now;
  const contents = window.webContents;
  let recoveries: number[] = [];
  let hangDialog: AbortController | null = null;
  /** Set while we kill a hung page ourselves, so its 'killed' is not counted as a second crash. */
  let killingHungPage = false;

  const inform = (options: MessageBoxOptions) => {
    deps.showMessageBox(window, options).catch((error: unknown) => console.error('Melding niet getoond:', error));
  };

  const reload = (message: string) => {
    recoveries.push(now());
    contents.reload();
    inform({ type: 'warning', title: 'Klachtenbalie is opnieuw geladen', message, detail: DRAFT_KEPT, buttons: ['OK'] });
  };

  /** Reloads, unless this would be one reload too many within the minute. */
  const recover = async (message: string) => {
    const at = now();
    recoveries = recoveries.filter((moment) => at - moment < RECOVERY_WINDOW_MS);
    if (recoveries.length < MAX_RECOVERIES) {
      reload(message);
      return;
    }
    const { response } = await deps.showMessageBox(window, {
      type: 'error',
      title: 'Klachtenbalie loopt steeds vast',
      message: `Klachtenbalie is binnen een minuut ${MAX_RECOVERIES} keer vastgelopen en wordt niet meer vanzelf opnieuw geladen.`,
      detail:
        'Uw gegevens en het concept van een nieuwe klacht blijven bewaard. Sluit Klachtenbalie en start het opnieuw. ' +
        'Loopt het dan weer vast, start de computer opnieuw op. Helpt ook dat niet, neem dan contact op met uw beheerder en vertel wat u deed toen het gebeurde.',
      buttons: ['Klachtenbalie afsluiten', 'Toch opnieuw laden'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (window.isDestroyed()) return;
    // The user chose; the next crash asks again instead of reloading by itself.
    if (response === 1) reload('Klachtenbalie is op uw verzoek opnieuw geladen.');
    else deps.quit();
  };

  contents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    if (killingHungPage && details.reason === 'killed') {
      killingHungPage = false;
      return;
    }
    void recover(crashMessage(details.reason));
  });

  window.on('unresponsive', () => {
    if (hangDialog) return;
    const dialog = new AbortController();
    hangDialog = dialog;
    deps
      .showMessageBox(window, {
        type: 'warning',
        title: 'Klachtenbalie reageert niet',
        message: 'Klachtenbalie reageert op dit moment niet.',
        detail:
          'Dit kan even duren bij veel gegevens. U kunt wachten, of het venster opnieuw laden: wat u in een nieuwe klacht typte, blijft als concept bewaard; ' +
          'wat u in een ander formulier typte en nog niet opsloeg, gaat dan verloren.',
        buttons: ['Wachten', 'Opnieuw laden'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        // Closes the question by itself once the page answers again (not on macOS, where it stays until answered).
        signal: dialog.signal,
      })
      .then(({ response }) => {
        if (hangDialog === dialog) hangDialog = null;
        if (response !== 1 || dialog.signal.aborted || window.isDestroyed()) return;
        // A hung page does not run a reload: end its process first, as Chrome's "Pagina sluiten" does.
        killingHungPage = true;
        contents.forcefullyCrashRenderer();
        void recover('Klachtenbalie reageerde niet en is op uw verzoek opnieuw geladen.');
      })
      .catch((error: unknown) => console.error('Vraag bij vastlopen niet getoond:', error));
  });

  window.on('responsive', () => {
    hangDialog?.abort();
    hangDialog = null;
  });
}

function crashMessage(reason: RenderProcessGoneDetails['reason']): string {
  if (reason === 'oom') return 'Klachtenbalie had te weinig geheugen en is opnieuw geladen. Sluit andere programma’s als dit vaker gebeurt.';
  return 'Klachtenbalie liep vast en is opnieuw geladen.';
}
