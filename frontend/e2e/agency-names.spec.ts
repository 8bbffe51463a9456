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
 * Agencies keep their Chinese names. In English the directory's English name comes first, with the
 * Chinese one beside it marked as Chinese for screen readers; in Chinese nothing changes.
 */

const SCJG = {
  code: '340600-scjgj',
  name: '淮北市市场监督管理局',
  nameEn: 'Huaibei Municipal Administration for Market Regulation',
}
const XIANGSHAN = {
  code: '340602',
  name: '淮北市相山区人民政府',
  nameEn: "Xiangshan District People's Government",
}
const HUAIBEI = { name: '淮北市人民政府', nameEn: "Huaibei Municipal People's Government" }
const SUIXI = { name: '濉溪县人民政府', nameEn: "Suixi County People's Government" }

const both = (agency: { name: string; nameEn: string }) => `${agency.nameEn} (${agency.name})`

const WIDTHS: { viewport: keyof typeof VIEWPORTS; mode: Mode }[] = [
  { viewport: 'mobile', mode: 'large' },
  { viewport: 'desktop', mode: 'normal' },
]

async function open(
  page: import('@playwright/test').Page,
  path: string,
  lang: Lang,
  mode: Mode,
  viewport: keyof typeof VIEWPORTS,
) {
  await page.setViewportSize(VIEWPORTS[viewport])
  await choose(page, lang, mode)
  await page.goto(path)
  await settled(page)
}

async function checked(
  page: import('@playwright/test').Page,
  name: string,
  lang: Lang,
  mode: Mode,
) {
  await expectNoSidewaysScrolling(page)
  await screenshot(page, name, lang, mode)
  await expectNoAxeViolations(page)
}

for (const { viewport, mode } of WIDTHS) {
  test.describe(`${viewport} ${mode}`, () => {
    test('in English, the directory gives each English name with the Chinese one beside it', async ({
      page,
      pageErrors,
    }) => {
      await open(page, '/agencies', 'en', mode, viewport)
      const scjg = page.locator(`#agency-directory a[href="/agencies/${SCJG.code}"]`)
      await expect(scjg).toHaveText(both(SCJG))
      await expect(scjg.locator('[lang="en"]')).toHaveText(SCJG.nameEn)
      await expect(scjg.locator('[lang="zh-CN"]')).toHaveText(SCJG.name)
      await expect(page.locator('#agency-directory h2').first()).toContainText(
        "Anhui Provincial People's Government (安徽省人民政府)",
      )
      await checked(page, 'agency-names-directory', 'en', mode)

      // A reader can look an agency up by its English name too.
      await page.getByLabel('Find an agency').fill('market regulation')
      await expect(scjg).toBeVisible()
      await expect(page.locator(`#agency-directory a[href="/agencies/340600-sthjj"]`)).toHaveCount(
        0,
      )
      expect(pageErrors).toEqual([])
    })

    test("in English, an agency's page is headed by both its names", async ({
      page,
      pageErrors,
    }) => {
      await open(page, `/agencies/${XIANGSHAN.code}`, 'en', mode, viewport)
      const heading = page.locator('h1')
      await expect(heading).toHaveText(both(XIANGSHAN))
      await expect(heading.locator('[lang="zh-CN"]')).toHaveText(XIANGSHAN.name)
      await expect(heading.locator('[lang="en"]')).toHaveText(XIANGSHAN.nameEn)
      expect(await page.title()).toContain(both(XIANGSHAN))
      await expect(page.locator('#agency-hierarchy ~ dl a[href="/agencies/340600"]')).toHaveText(
        both(HUAIBEI),
      )
      await checked(page, 'agency-names-agency', 'en', mode)
      expect(pageErrors).toEqual([])
    })

    test('in English, the report archive and the compliance board name agencies both ways', async ({
      page,
      pageErrors,
    }) => {
      await open(page, '/reports?agency=340621', 'en', mode, viewport)
      await expect(page.locator('.report-meta').first()).toContainText(both(SUIXI))
      await expect(page.locator('#archive-agency option[value="340621"]')).toHaveText(both(SUIXI))
      await checked(page, 'agency-names-reports', 'en', mode)

      await page.goto('/reports/compliance?year=2019')
      await settled(page)
      const line = page.locator(`a[href="/agencies/340621"]:visible`).first()
      await expect(line).toHaveText(both(SUIXI))
      await expect(line.locator('[lang="zh-CN"]')).toHaveText(SUIXI.name)
      await checked(page, 'agency-names-compliance', 'en', mode)
      expect(pageErrors).toEqual([])
    })

    test('in Chinese, agencies go by their Chinese names alone', async ({ page, pageErrors }) => {
      await open(page, '/agencies', 'zh-CN', mode, viewport)
      const scjg = page.locator(`#agency-directory a[href="/agencies/${SCJG.code}"]`)
      await expect(scjg).toHaveText(SCJG.name)
      await expect(page.locator('#agency-directory [lang="en"]')).toHaveCount(0)
      await checked(page, 'agency-names-directory', 'zh-CN', mode)

      await page.goto(`/agencies/${XIANGSHAN.code}`)
      await settled(page)
      await expect(page.locator('h1')).toHaveText(XIANGSHAN.name)
      await expect(page.locator('main [lang="en"]')).toHaveCount(0)
      await checked(page, 'agency-names-agency', 'zh-CN', mode)
      expect(pageErrors).toEqual([])
    })
  })
}
