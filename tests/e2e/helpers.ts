import { expect, type Locator, type Page } from '@playwright/test';

export const FIRST_USER = 'Sanne de Balie';
/** The regeling the first user chooses at the first start, unless a test chooses another later. */
export const FIRST_PROCEDURE = 'Klachtenprocedure vakbedrijf';

/** Opens the app and gets past who-is-working. */
export async function openApp(page: Page, hash = '#/klachten'): Promise<void> {
  await page.goto(`./${hash}`);
  await passProfile(page);
}

/**
 * Gets past who-is-working, in the browser build and the desktop app alike: on
 * fresh data the first start adds `name` as the first staff member
 * (receptionist and coordinator) and chooses FIRST_PROCEDURE, as a person
 * would; later starts pick that profile, or else the first one offered. `timeout`: how long the app may take to show a screen.
 */
export async function passProfile(page: Page, name = FIRST_USER, timeout?: number): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const welcome = page.getByRole('heading', { name: 'Welkom bij Klachtenbalie' });
  const chooser = page.getByRole('heading', { name: 'Wie werkt er?' });
  await expect(nav.or(welcome).or(chooser)).toBeVisible(timeout === undefined ? {} : { timeout });
  if (await welcome.isVisible()) {
    await page.getByLabel('Naam medewerker').fill(name);
    await page.getByLabel('Klachtenregeling', { exact: true }).selectOption({ label: FIRST_PROCEDURE });
    await page.getByRole('button', { name: 'Beginnen' }).click();
  } else if (await chooser.isVisible()) {
    const mine = page.getByRole('button', { name: new RegExp(name) });
    await ((await mine.count()) > 0 ? mine : page.getByRole('list').getByRole('button').first()).click();
  }
  await expect(nav).toBeVisible();
}

export interface QuickComplaint {
  name: string;
  /** The label as the intake offers it: Mevrouw, De heer, Geen voorkeur. */
  salutation?: string;
  phone?: string;
  email?: string;
  street?: string;
  postcode?: string;
  city?: string;
  /** The label as the intake offers it: Telefoon, Balie, Brief, E-mail, Website, Formulier. */
  channel?: string;
  summary: string;
  description?: string;
  /** dd-mm-jjjj */
  problemArisenOn?: string;
  involved?: string;
  confidential?: boolean;
  /** The office's regeling treats every complaint as confidential: the intake must show the box ticked already. */
  confidentialProposed?: boolean;
  /** Where the regeling judges seriousness (000): the option as the intake shows it. */
  seriousness?: string;
}

/** Records a complaint through the intake form and returns its reference. */
export async function recordComplaint(page: Page, complaint: QuickComplaint): Promise<string> {
  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill(complaint.name);
  if (complaint.salutation) await page.getByLabel('Aanhef').selectOption({ label: complaint.salutation });
  if (complaint.phone) await page.getByLabel('Telefoon').fill(complaint.phone);
  if (complaint.email) await page.getByLabel('E-mail', { exact: true }).fill(complaint.email);
  if (complaint.street) await page.getByLabel('Straat en huisnummer').fill(complaint.street);
  if (complaint.postcode) await page.getByLabel('Postcode').fill(complaint.postcode);
  if (complaint.city) await page.getByLabel('Plaats', { exact: true }).fill(complaint.city);
  if (complaint.channel) await page.getByLabel('Kanaal').selectOption({ label: complaint.channel });
  await page.getByLabel('Samenvatting').fill(complaint.summary);
  if (complaint.description) await page.getByLabel('Omschrijving').fill(complaint.description);
  if (complaint.problemArisenOn) await page.getByLabel('Probleem ontstaan op').fill(complaint.problemArisenOn);
  if (complaint.involved) await page.getByLabel('Betrokken medewerker(s)').fill(complaint.involved);
  if (complaint.confidential) await page.getByLabel('Vertrouwelijk', { exact: true }).check();
  if (complaint.confidentialProposed) await expect(page.getByLabel('Vertrouwelijk', { exact: true })).toBeChecked();
  if (complaint.seriousness) await page.getByLabel('Ernstige klacht?').selectOption({ label: complaint.seriousness });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(/K-\d{4}-\d{4}/);
  const text = (await heading.textContent()) ?? '';
  return /K-\d{4}-\d{4}/.exec(text)?.[0] ?? '';
}

/** Drops one file on `selector` as a file manager would: a dragover, then the drop. */
export async function dropFile(page: Page, selector: string, name: string, type: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      return transfer;
    },
    { name, type, content },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/**
 * The WCAG contrast ratio of an element's text against the first opaque
 * background behind it (its own or an ancestor's): 1 is unreadable, 4.5 the
 * minimum for normal text. Catches a control styled for another place, e.g.
 * white-on-dark header buttons on a white card.
 */
export async function textContrast(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let behind: Element | null = element;
    let background = [255, 255, 255];
    while (behind) {
      const [r, g, b, alpha = 1] = rgb(getComputedStyle(behind).backgroundColor);
      if (alpha > 0) {
        background = [r!, g!, b!];
        break;
      }
      behind = behind.parentElement;
    }
    const [light, dark] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  });
}
