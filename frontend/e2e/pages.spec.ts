import {
  choose,
  expect,
  expectNoAxeViolations,
  logIn,
  screenshot,
  settled,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
} from './support'

interface PageCase {
  name: string
  path: string
  /** A demo user to sign in as first. */
  user?: string
}

const PAGES: PageCase[] = [
  { name: 'home', path: '/' },
  { name: 'agencies', path: '/agencies' },
  { name: 'agency', path: '/agencies/340600' },
  { name: 'search', path: '/search?q=%E6%B7%AE%E5%8C%97' },
  { name: 'accessibility', path: '/accessibility' },
  { name: 'open', path: '/open' },
  { name: 'disclosure', path: '/disclosure' },
  { name: 'reports', path: '/reports' },
  { name: 'reports-filtered', path: '/reports?agency=340621&year=2019&kind=RULE_OF_LAW' },
  { name: 'reports-compliance', path: '/reports/compliance?year=2019' },
  { name: 'report-page', path: '/reports/340621/2019/rule-of-law' },
  { name: 'reports-compliance-latest', path: '/reports/compliance' },
  {
    name: 'reports-compliance-filtered',
    path: '/reports/compliance?year=2025&standing=LATE&agencyKind=DEPARTMENT',
  },
  { name: 'hotline', path: '/hotline' },
  { name: 'hotline-new', path: '/hotline/new' },
  { name: 'hotline-track', path: '/hotline/track' },
  { name: 'hotline-mine', path: '/hotline/mine', user: 'citizen-demo' },
  { name: 'hotline-board', path: '/hotline/board' },
  { name: 'hotline-board-search', path: '/hotline/board?q=%E8%B7%AF%E7%81%AF' },
  { name: 'hotline-statistics', path: '/hotline/statistics' },
  { name: 'staff-hotline', path: '/staff/hotline', user: 'dispatcher-huaibei' },
  { name: 'staff-hotline-department', path: '/staff/hotline', user: 'handler-huaibei-scjg' },
  {
    name: 'staff-hotline-statistics',
    path: '/staff/hotline/statistics',
    user: 'dispatcher-huaibei',
  },
  { name: 'not-found', path: '/no-such-page' },
  { name: 'me', path: '/me', user: 'citizen-demo' },
  { name: 'staff', path: '/staff', user: 'officer-huaibei' },
]

/** Each page in both widths, both modes and both languages, in four runs instead of eight. */
const COMBINATIONS: { viewport: keyof typeof VIEWPORTS; mode: Mode; lang: Lang }[] = [
  { viewport: 'mobile', mode: 'normal', lang: 'zh-CN' },
  { viewport: 'desktop', mode: 'large', lang: 'zh-CN' },
  { viewport: 'mobile', mode: 'large', lang: 'en' },
  { viewport: 'desktop', mode: 'normal', lang: 'en' },
]

for (const { name, path, user } of PAGES) {
  test.describe(name, () => {
    for (const { viewport, mode, lang } of COMBINATIONS) {
      test(`${viewport} ${mode} ${lang}: no accessibility violation`, async ({
        page,
        pageErrors,
      }) => {
        await page.setViewportSize(VIEWPORTS[viewport])
        await choose(page, lang, mode)
        if (user) {
          await logIn(page, user)
          // The sign-in provider's own page is not ours to judge.
          pageErrors.length = 0
        }
        await page.goto(path)
        await settled(page)

        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        await expect(page.locator('html')).toHaveClass(
          mode === 'large' ? /large-text/ : /^(?!.*large-text)/,
        )
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)

        await screenshot(page, name, lang, mode)
        await expectNoAxeViolations(page)
        expect(pageErrors).toEqual([])
      })
    }
  })
}

test('the annual reports page loads from its own address', async ({ page }) => {
  await page.goto('/reports')
  await expect(page.locator('h1')).toHaveText(/年度报告/)
})
