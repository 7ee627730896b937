// What the bench puts in every page (as an init script, so it runs before the app): the moment of the last
// key press and click, and `shown(condition)`, which resolves with the time the frame showing that condition
// was painted. Everything runs on the page's own clock (performance.now, event.timeStamp); nothing polls or sleeps.
// The conditions read the screen the way a person does: by role and accessible name.

export function installProbes() {
  const bench = {};
  window.__bench = bench;
  addEventListener('keydown', (event) => (bench.keyAt = event.timeStamp), true);
  addEventListener('click', (event) => (bench.clickAt = event.timeStamp), true);

  const main = () => document.querySelector('main');
  const busy = (root) => root.querySelector('[aria-busy="true"]') !== null;
  const heading = (level, root = document) => root.querySelector(`h${level}, [role="heading"][aria-level="${level}"]`);
  /** The element labelled by the heading with this text (a section, article or region). */
  const labelledBy = (text) =>
    [...document.querySelectorAll('[aria-labelledby]')].find(
      (element) => document.getElementById(element.getAttribute('aria-labelledby'))?.textContent?.trim() === text,
    ) ?? null;

  const conditions = {
    /** The analysis shows the figures of the period named `title`, with its tables drawn. */
    analysis(title) {
      const root = main();
      return Boolean(root?.querySelector(`[data-analysis-for="${CSS.escape(title)}"]`) && root.querySelectorAll('table.figure-table').length > 5);
    },
    /** The annual report of `year` was made and saved. */
    annualReport(year) {
      return (document.body.textContent ?? '').includes(`Jaarverslag klachten ${year}.docx” gemaakt`);
    },
    /** The complaint list shows rows for `query` (all complaints for ''): every row on screen filled in, or the empty text. */
    listRows(query) {
      const count = document.querySelector('[data-results-for]');
      if (count?.getAttribute('data-results-for') !== query.trim()) return false;
      const table = document.querySelector('[role="table"][aria-label="Klachtenlijst"]');
      const body = table?.querySelectorAll('[role="rowgroup"]')[1];
      if (!body) return false;
      if (Number(table.getAttribute('aria-rowcount')) <= 1) return true;
      const rows = body.querySelectorAll('[role="row"]');
      return rows.length > 0 && !busy(body) && [...rows].every((row) => row.querySelector('[role="cell"] a'));
    },
    /** The coordinator's desk has drawn its sections and none is still loading. */
    desk() {
      const root = main();
      return Boolean(root && heading(1, root)?.textContent?.startsWith('Bureau') && root.querySelector('section') && !busy(root));
    },
    /** A complaint's card (reference: its number, or any new one), its history showing at least `events` entries, nothing still loading. */
    card(reference, events) {
      const root = main();
      const title = root && heading(1, root)?.textContent;
      if (!title || !(reference ? title.includes(reference) : /K-\d{4}-\d+/.test(title))) return false;
      const history = labelledBy('Voortgang');
      // The card shows the newest ten events (HISTORY_PAGE in features/card/Timeline.tsx) and the rest on request: a person waits for those ten.
      return Boolean(history && history.querySelectorAll('ol > li').length >= Math.min(events, 10) && !busy(root));
    },
  };

  // The frame that shows the change: the rAF callback comes before its paint, a message posted there after it.
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  bench.shown = (name, args = [], timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const holds = () => conditions[name](...args);
      let observer = null;
      const finish = () => {
        observer?.disconnect();
        clearTimeout(timer);
        afterPaint().then(resolve);
      };
      const timer = setTimeout(() => {
        observer?.disconnect();
        reject(new Error(`bench: "${name}" not shown after ${timeoutMs / 1000} s (${location.hash})`));
      }, timeoutMs);
      if (holds()) return finish();
      observer = new MutationObserver(() => {
        if (holds()) finish();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });

  // Page loads: the time from navigation start until the first frame showing the screen.
  // `loaded` resolves with that time (the page's clock starts at navigation), for the list and the desk.
  if (location.hash.startsWith('#/klachten')) bench.loaded = bench.shown('listRows', ['']);
  if (location.hash.startsWith('#/bureau')) bench.loaded = bench.shown('desk');
  bench.loaded?.catch(() => undefined);
}
