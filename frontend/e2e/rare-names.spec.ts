import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import {
  csrfToken,
  choose,
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  ownText,
  screenshot,
  settled,
  switchTo,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
} from './support'

/**
 * Names with rare characters (生僻字): the officer is told, on the request itself, which characters the letters will
 * print as a placeholder box, before any letter goes out.
 */

const CITIZEN = 'citizen-demo'
const OFFICER = 'officer-huaibei'
/** Extension B and C characters the embedded fonts draw, a GB 18030 private-use code and an Extension H one no font has. */
const NAME = '张𠀀𪚥\uE78D\u{31353}'

async function fileRequestAs(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/api/disclosure/requests', {
    headers: { 'X-XSRF-TOKEN': await csrfToken(page), 'Idempotency-Key': randomUUID() },
    data: {
      agency: '340600',
      applicant: {
        kind: 'NATURAL_PERSON',
        name,
        idType: 'RESIDENT_ID_CARD',
        idNumber: '11010519491231002X',
      },
      contact: { phone: '13800138000' },
      information: { description: ownText('请提供淮北市2025年城市绿化养护经费的预算和决算。') },
      delivery: { medium: 'ELECTRONIC', channel: 'ONLINE' },
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { number: string }).number
}

const COMBINATIONS: { lang: Lang; mode: Mode }[] = [
  { lang: 'zh-CN', mode: 'normal' },
  { lang: 'en', mode: 'large' },
]

for (const { lang, mode } of COMBINATIONS) {
  test(`${lang} ${mode}: the officer sees which characters of the applicant's name the letters cannot draw`, async ({
    page,
    pageErrors,
  }) => {
    await choose(page, lang, mode)
    await switchTo(page, CITIZEN, pageErrors)
    const withRareName = await fileRequestAs(page, NAME)
    const plain = await fileRequestAs(page, '张明')

    await switchTo(page, OFFICER, pageErrors)
    await page.goto(`/staff/disclosure/${withRareName}`)
    const warning = page.locator('section.warning-panel', { has: page.locator('#glyph-title') })
    await expect(warning).toBeVisible()
    await expect(warning.locator('code')).toHaveText(['U+E78D', 'U+31353'])
    await expect(warning.locator('.glyph-list__character').nth(1)).toHaveText('\u{31353}')
    // The characters the fonts do draw are not listed.
    await expect(warning).not.toContainText('U+20000')
    await expect(page.locator('main')).toContainText(NAME)
    for (const viewport of [VIEWPORTS.mobile, VIEWPORTS.desktop]) {
      await page.setViewportSize(viewport)
      await settled(page)
      await expectNoSidewaysScrolling(page)
      await screenshot(page, `staff-request-rare-name-${viewport.width}`, lang, mode)
      await expectNoAxeViolations(page)
    }

    await page.goto(`/staff/disclosure/${plain}`)
    await expect(page.locator('h1')).toContainText(plain)
    await expect(page.locator('#glyph-title')).toHaveCount(0)
    expect(pageErrors).toEqual([])
  })
}
