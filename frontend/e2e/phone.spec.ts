import type { Page } from '@playwright/test'
import {
  choose,
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  screenshot,
  settled,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
} from './support'

/**
 * The portal in a person's hand: every phone number on a page is a tel: link, the header leaves
 * most of a phone's first screen to the page even in 大字版, and a home page service card is
 * tapped anywhere on it. In both widths, in 大字版 and in English.
 */

const COMBINATIONS: { viewport: keyof typeof VIEWPORTS; mode: Mode; lang: Lang }[] = [
  { viewport: 'mobile', mode: 'large', lang: 'zh-CN' },
  { viewport: 'mobile', mode: 'large', lang: 'en' },
  { viewport: 'desktop', mode: 'normal', lang: 'en' },
  { viewport: 'desktop', mode: 'large', lang: 'zh-CN' },
]

/** Pages that show phone numbers: the footer's, an agency's, the hotline's, a reply's. */
const PAGES = [
  '/',
  '/agencies/340600',
  '/accessibility',
  '/hotline',
  '/hotline/new/type',
  '/hotline/board',
]

/** Phone numbers in the page's text that are not inside a tel: link. */
async function unlinkedPhoneNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const phone = /(?<![\d\w-])(12345|110|119|120|122|0\d{2,3}-\d{7,8}|1[3-9]\d{9})(?![\d\w-])/g
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      // Text already in a link (a service card's is all one) or a heading names the service
      // (“12345 热线”): no number to call.
      if (!parent || parent.closest('a, h1, h2, h3, h4, .card, script, style, noscript')) continue
      for (const match of (node.textContent ?? '').matchAll(phone)) {
        found.push(`${match[0]} in “${(node.textContent ?? '').trim().slice(0, 60)}”`)
      }
    }
    return found
  })
}

for (const { viewport, mode, lang } of COMBINATIONS) {
  test.describe(`${viewport}, ${mode}, ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await choose(page, lang, mode)
      await page.setViewportSize(VIEWPORTS[viewport])
    })

    test('every phone number in a page is a tel: link', async ({ page, pageErrors }) => {
      for (const path of PAGES) {
        await page.goto(path)
        await settled(page)
        expect(await unlinkedPhoneNumbers(page), path).toEqual([])
      }
      await page.goto('/hotline')
      await settled(page)
      for (const number of ['12345', '110', '119', '120', '122'])
        await expect(page.locator(`main a[href="tel:${number}"]`).first()).toBeVisible()
      await expect(page.locator('footer a[href^="tel:"]')).toHaveCount(1)
      await expectNoAxeViolations(page)
      expect(pageErrors).toEqual([])
    })

    test('the header leaves the page most of the first screen, and a service card is tapped anywhere', async ({
      page,
      pageErrors,
    }) => {
      await page.goto('/')
      await settled(page)
      const header = await page.locator('.site-header').boundingBox()
      const screen = page.viewportSize()!
      if (viewport === 'mobile')
        expect(header!.height, 'the header under a third of the first screen').toBeLessThan(
          screen.height / 3,
        )
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'home-phone', lang, mode)
      await expectNoAxeViolations(page)

      const cards = page.locator('.card-grid .card')
      await expect(cards).toHaveCount(3)
      for (let index = 0; index < 3; index++) {
        const card = cards.nth(index)
        await card.scrollIntoViewIfNeeded()
        const href = await card.locator('a').getAttribute('href')
        const box = (await card.boundingBox())!
        // The corners and the body text, away from the title's own words.
        for (const [x, y] of [
          [box.x + 4, box.y + box.height - 4],
          [box.x + box.width - 4, box.y + box.height - 4],
          [box.x + box.width / 2, box.y + box.height * 0.75],
        ] as const) {
          const hit = await page.evaluate(
            ([px, py]) =>
              document.elementFromPoint(px!, py!)?.closest('a')?.getAttribute('href') ?? null,
            [x, y],
          )
          expect(hit, `card ${index} at ${x},${y}`).toBe(href)
        }
      }
      const first = cards.first()
      const box = (await first.boundingBox())!
      await page.mouse.click(box.x + box.width - 6, box.y + box.height - 6)
      await page.waitForURL('**/disclosure')
      expect(pageErrors).toEqual([])
    })
  })
}
