// Small screens and zoom, and the focus ring (issue 12, item 9 and "Also"): at 1024×640 and at
// 200 % zoom of a 1280×720 window (a 640×360 viewport at device scale 2) the header's parts do not
// overlap each other or the screen, the page never scrolls sideways, and the month-end dashboard
// keeps Stage and Overdue in sight; the company switcher gives the whole name on hover (title)
// and on focus (shown, and the select's description); the wage grid's name column holds
// "Nurul Huda binti Abdullah" or wraps it. Walking each screen with Tab, every stop is visible
// and its focus ring is at least 3:1 against what is behind it (WCAG 2.2, 1.4.11), worked out
// here from the computed CSS colours.
import type { Page } from '@playwright/test';
import { monthOfDate, previousMonth } from '../../shared/calendar';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect, type AppHandle } from './harness';

const LONG_NAME = 'Kedai Runcit dan Borong Nurul Huda binti Abdullah Sdn Bhd';

function seed(app: AppHandle) {
  const month = previousMonth(monthOfDate(app.services.today()));
  const company = app.services.companies.create({ name: LONG_NAME, employerCode: 'A3700012345B', ssmNumber: null });
  const names = ['Nurul Huda binti Abdullah', 'Tan Kim Seng'];
  const employees = names.map((name, i) =>
    app.services.employees.create(company.id, { name, idType: 'mykad', idNumber: `8${i}0101-10-51${String(i).padStart(2, '0')}`, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' }),
  );
  app.services.wages.write(company.id, month, employees.map((e) => ({ employeeId: e.id, items: { basic: 250000 } })), 'app');
  return { company, month };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

async function expectHeaderClear(page: Page) {
  const parts = [await box(page, '.app-header .brand'), await box(page, '.app-header .company-switcher'), await box(page, '.app-header .header-control:last-child')];
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlaps(parts[i]!, parts[j]!), `header parts ${i} and ${j} overlap`).toBe(false);
  const header = await box(page, 'header.app-header');
  const title = await box(page, 'main h1');
  expect(header.y + header.height).toBeLessThanOrEqual(title.y + 1);
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}

const SIZES = [
  { name: '1024×640', viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom of 1280×720', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
] as const;

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
      test(`the header does not overlap; the dashboard keeps Stage and Overdue in sight; the whole company name on hover and focus (${locale})`, async ({ page, app, gotoApp }) => {
        app.services.settings.setLocale(locale);
        seed(app);
        await gotoApp(page, '#/dashboard');
        await expect(page.getByTestId('dashboard-row').first()).toBeVisible();
        await expectHeaderClear(page);

        for (const key of ['dashboard.column.stage', 'dashboard.column.overdue'] as const) {
          const header = page.getByRole('columnheader', { name: translate(locale, key), exact: true });
          await expect(header).toBeVisible();
          const at = await header.boundingBox();
          expect(at!.x + at!.width, `${key} is cut off`).toBeLessThanOrEqual(size.viewport.width);
        }

        const switcher = page.getByRole('combobox', { name: translate(locale, 'companies.current') });
        const whole = `${LONG_NAME} (A3700012345B)`;
        await expect(switcher).toHaveAttribute('title', whole);
        await expect(page.getByTestId('company-full-name')).toBeHidden();
        await switcher.focus();
        await expect(page.getByTestId('company-full-name')).toBeVisible();
        await expect(page.getByTestId('company-full-name')).toHaveText(whole);
        await expect(switcher).toHaveAccessibleDescription(whole);

        for (const route of ['companies', 'employees', 'wages', 'files', 'reports', 'settings']) {
          await gotoApp(page, `#/${route}`);
          await expect(page.locator('main h1').first()).toBeVisible();
          await expectHeaderClear(page);
        }
      });
    }

    test('the wage grid’s name column holds “Nurul Huda binti Abdullah” (whole or wrapped, never cut)', async ({ page, app, gotoApp }) => {
      seed(app);
      app.services.settings.setLocale('en');
      await gotoApp(page, '#/wages');
      const name = page.getByTestId('wage-row').filter({ hasText: 'Nurul Huda binti Abdullah' }).first().locator('th').first();
      await expect(name).toBeVisible();
      const clipped = await name.evaluate((cell) => [...cell.querySelectorAll('*'), cell].some((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'));
      expect(clipped).toBe(false);
      await expect(name).toContainText('Nurul Huda binti Abdullah');
    });
  });
}

interface TabStop {
  what: string;
  visible: boolean;
  ring: boolean;
  ringWidth: number;
  contrast: number;
}

/** The element Tab has just reached: whether it shows, and its focus ring's contrast with what is behind it. */
function inspectFocus(): TabStop | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const parse = (color: string): number[] => {
    const m = /rgba?\(([^)]+)\)/.exec(color);
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r!, g!, b!, a ?? 1];
  };
  const luminance = (c: number[]) => 0.2126 * channel(c[0]!) + 0.7152 * channel(c[1]!) + 0.0722 * channel(c[2]!);
  const behind = (start: Element | null): number[] => {
    for (let node = start; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color[3]! > 0.5) return color;
    }
    return [255, 255, 255, 1];
  };
  const shown = (node: Element) => {
    const rect = node.getBoundingClientRect();
    if (rect.width < 8 || rect.height < 8) return false;
    for (let n: Element | null = node; n; n = n.parentElement) {
      const style = getComputedStyle(n);
      if (Number(style.opacity) === 0 || style.visibility === 'hidden' || style.display === 'none') return false;
    }
    return true;
  };
  const hasRing = (node: Element) => {
    const style = getComputedStyle(node);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  };
  // A hidden radio or check box shows its focus on its label (the segmented buttons).
  const label0 = el.closest('label');
  const bearer = hasRing(el) && shown(el) ? el : label0 && hasRing(label0) ? label0 : hasRing(el) ? el : null;
  const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  if (!bearer) return { what, visible: shown(el), ring: false, ringWidth: 0, contrast: 0 };
  const style = getComputedStyle(bearer);
  const ring = parse(style.outlineColor);
  const background = parseFloat(style.outlineOffset) >= 0 ? behind(bearer.parentElement) : behind(bearer);
  const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a);
  return { what, visible: shown(bearer), ring: true, ringWidth: parseFloat(style.outlineWidth), contrast: (light! + 0.05) / (dark! + 0.05) };
}

async function tabStops(page: Page, limit: number): Promise<TabStop[]> {
  await page.locator('main h1').first().click(); // start from the screen, as a user reading it would
  const stops: TabStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

test('every Tab stop on each screen is visible and its focus ring is at least 3:1 against its background', async ({ page, app, gotoApp }) => {
  test.setTimeout(180_000);
  const { month } = seed(app);
  app.services.settings.setLocale('en');
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const hash of ['#/dashboard', `#/dashboard?month=${month}`, '#/companies', '#/employees', '#/files', '#/reports', '#/settings', '#/wages']) {
    await gotoApp(page, hash);
    await expect(page.locator('main h1').first()).toBeVisible();
    if (hash === '#/wages') await expect(page.getByTestId('wage-row').first()).toBeVisible();
    const stops = await tabStops(page, 45);
    expect(stops.length, `${hash}: Tab reaches something`).toBeGreaterThan(3);
    for (const stop of stops) {
      expect(stop.visible, `${hash}: ${stop.what} takes the focus while it cannot be seen`).toBe(true);
      expect(stop.ring, `${hash}: ${stop.what} shows no focus ring`).toBe(true);
      expect(stop.ringWidth, `${hash}: ${stop.what}'s ring is thinner than 2 px`).toBeGreaterThanOrEqual(2);
      expect(stop.contrast, `${hash}: ${stop.what}'s ring contrast`).toBeGreaterThanOrEqual(3);
    }
  }
  // The header too: the switchers' ring is drawn on the dark header.
  await gotoApp(page, '#/dashboard');
  await page.getByRole('combobox', { name: 'Current company' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const header = await page.evaluate(inspectFocus);
  expect(header?.ring).toBe(true);
  expect(header!.contrast).toBeGreaterThanOrEqual(3);
});
