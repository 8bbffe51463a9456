import type { Page } from '@playwright/test'
import { checkBothWidths, expect, settled, test, VIEWPORTS } from './support'

/**
 * The public side of annual reports: the archive (filters and pages in the address) and the
 * compliance board (年度报告公开情况). Read only: the demo data has Suixi's (340621) 2019
 * rule-of-law report, published on 2020-03-30 ahead of its 2020-04-01 deadline, two rule-of-law
 * plans, and most agencies' 2025 reports, most on time, some late, a few not published (Suixi's
 * own 2025 reports are made by reports.spec.ts, so what the board counts is read from its API).
 */

const SUIXI_2019 = '濉溪县人民政府关于2019年度法治政府建设情况的报告'
const SUIXI_2019_PATH = '/reports/340621/2019/rule-of-law'
const PLANS = ['淮北市法治政府建设实施方案(2021-2025年)', '汉阳区2023年度深化法治政府建设工作方案']

const archiveStatus = (page: Page) => page.locator('.report-archive .result-count')

test.describe('the report archive', () => {
  test('filters to one report, keeps the filter in the address, and opens it', async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize(VIEWPORTS.mobile)
    await page.goto('/reports')
    await settled(page)
    await expect(page.locator('h1')).toHaveText('年度报告')
    await expect(archiveStatus(page)).toHaveText(/^共 \d+ 份报告/)

    const filter = page.getByRole('search', { name: '筛选报告' })
    await filter.getByLabel('机关', { exact: true }).selectOption({ label: '濉溪县人民政府' })
    await filter.getByLabel('年度', { exact: true }).selectOption('2019')
    await filter.getByLabel('报告类型').selectOption({ label: '法治政府建设年度报告' })
    await filter.getByRole('button', { name: '筛选' }).click()
    await page.waitForURL(/\/reports\?agency=340621&year=2019&kind=RULE_OF_LAW$/)
    await settled(page)

    await expect(archiveStatus(page)).toHaveText('共 1 份报告，最新发布的在前')
    const items = page.locator('.report-item')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('濉溪县人民政府 · 法治政府建设年度报告 · 2019年度')
    const link = items.first().getByRole('link', { name: SUIXI_2019 })
    await expect(link).toHaveAttribute('href', SUIXI_2019_PATH)
    await checkBothWidths(page, 'reports-archive-filtered')

    // The address alone brings the same list back: it can be shared.
    await page.goto('/reports?agency=340621&year=2019&kind=RULE_OF_LAW')
    await settled(page)
    await expect(page.locator('.report-item')).toHaveCount(1)
    await expect(page.getByLabel('机关', { exact: true })).toHaveValue('340621')

    await page.getByRole('link', { name: SUIXI_2019 }).click()
    await page.waitForURL(`**${SUIXI_2019_PATH}`)
    await expect(page.locator('h1')).toHaveText(SUIXI_2019)

    // Back returns to the filtered archive.
    await page.goBack()
    await settled(page)
    await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2019')
    await expect(page.locator('.report-item')).toHaveCount(1)
    expect(pageErrors).toEqual([])
  })

  test('lists the rule-of-law plans under the year they start, not as annual reports', async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize(VIEWPORTS.desktop)
    await page.goto('/reports')
    await settled(page)
    await page.getByLabel('报告类型').selectOption({ label: '法治政府建设规划方案' })
    await page.getByRole('button', { name: '筛选' }).click()
    await page.waitForURL(/\/reports\?kind=RULE_OF_LAW_PLAN$/)
    await settled(page)

    const items = page.locator('.report-item')
    await expect(items).toHaveCount(PLANS.length)
    for (const title of PLANS) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible()
    }
    const huaibei = items.filter({ hasText: PLANS[0] })
    await expect(huaibei.locator('.report-meta')).toContainText('法治政府建设规划方案 · 2021年 ·')
    await expect(huaibei.locator('.report-meta')).not.toContainText('年度')
    await checkBothWidths(page, 'reports-archive-plans')
    expect(pageErrors).toEqual([])
  })

  test('says plainly when nothing matches, and clears the filter', async ({ page, pageErrors }) => {
    await page.setViewportSize(VIEWPORTS.mobile)
    await page.goto('/reports?agency=430000-sft&year=2019&kind=RULE_OF_LAW_PLAN')
    await settled(page)
    await expect(archiveStatus(page)).toHaveText('共 0 份报告，最新发布的在前')
    await expect(page.locator('.empty-state')).toHaveText(
      '没有符合条件的报告。请减少筛选条件后再试。',
    )
    await page.getByRole('link', { name: '清除筛选条件' }).click()
    await page.waitForURL(/\/reports$/)
    await settled(page)
    await expect(page.locator('.report-item').first()).toBeVisible()
    await expect(page.getByLabel('报告类型')).toHaveValue('')
    expect(pageErrors).toEqual([])
  })
})

test.describe('the compliance board', () => {
  test('shows who published the 2019 reports on time, those who did not first', async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize(VIEWPORTS.desktop)
    await page.goto('/reports')
    await settled(page)
    await page.getByRole('link', { name: '查看各机关是否按期公开年度报告' }).click()
    await page.waitForURL(/\/reports\/compliance$/)
    await settled(page)
    await expect(page.locator('h1')).toHaveText('年度报告公开情况')
    await expect(page).toHaveTitle(/年度报告公开情况/)
    const year = page.getByLabel('报告年度', { exact: true })
    await expect(year).toHaveValue('2025')

    await year.selectOption('2019')
    await page.getByRole('button', { name: '查看' }).click()
    await page.waitForURL(/\/reports\/compliance\?year=2019$/)
    await settled(page)
    await expect(page.getByRole('heading', { name: '2019年度汇总' })).toBeVisible()
    // The board's address, shared or reloaded, opens the same board.
    await page.reload()
    await settled(page)
    await expect(page.getByRole('heading', { name: '2019年度汇总' })).toBeVisible()
    await expect(page.locator('.result-count')).toHaveText(/^共 \d+ 个机关、\d+ 份年度报告$/)

    // The table: Suixi's rule-of-law report was on time, and linked from its date.
    const table = page.getByRole('region', { name: '各机关年度报告公开情况表' })
    const rows = table.locator('tbody tr')
    const suixiAt = (await rows.locator('th').allTextContents()).indexOf('濉溪县人民政府')
    expect(suixiAt, 'Suixi is on the board').toBeGreaterThan(0)
    const suixi = rows.nth(suixiAt)
    const cells = suixi.locator('td')
    await expect(cells.nth(0)).toHaveText('2020年4月1日')
    await expect(cells.nth(1)).toHaveText(/^2020年3月30日/)
    await expect(cells.nth(2)).toHaveText('按期公开')
    await expect(cells.nth(1).getByRole('link')).toHaveAttribute('href', SUIXI_2019_PATH)
    await expect(suixi.getByRole('link', { name: '濉溪县人民政府', exact: true })).toHaveAttribute(
      'href',
      '/agencies/340621',
    )

    // The backend's order is kept: agencies with a report overdue and unpublished come first.
    for (let index = 0; index < suixiAt; index++) {
      await expect(rows.nth(index)).toContainText('逾期未公开')
    }

    // On a phone each agency is one compact row, in the same order.
    await page.setViewportSize(VIEWPORTS.mobile)
    await expect(table).toBeHidden()
    const row = page.locator('.compliance-row').filter({ hasText: '濉溪县人民政府' })
    await expect(row).toBeVisible()
    await expect(row).toContainText('法治政府建设 按期公开 2020年3月30日')
    const names = await page.locator('.compliance-row-name').allTextContents()
    expect(names.indexOf('濉溪县人民政府')).toBe(suixiAt)

    await checkBothWidths(page, 'reports-compliance')

    await page.setViewportSize(VIEWPORTS.desktop)
    await cells.nth(1).getByRole('link').click()
    await page.waitForURL(`**${SUIXI_2019_PATH}`)
    await expect(page.locator('h1')).toHaveText(SUIXI_2019)
    expect(pageErrors).toEqual([])
  })

  test('opens on the latest year whose deadlines have come: on a phone its counts first, then the filter, then a row per agency', async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize(VIEWPORTS.mobile)
    await page.goto('/reports/compliance')
    await settled(page)
    // The portal chose the year; the address stays the plain one.
    const api = await (await page.request.get('/api/reports/compliance')).json()
    expect(api.year).toBe(2025)
    await expect(page.getByRole('heading', { name: '2025年度汇总' })).toBeVisible()
    await expect(page.getByLabel('报告年度', { exact: true })).toHaveValue('2025')
    expect(new URL(page.url()).search).toBe('')

    // The counts by standing, each bar with its number in words, as the API counts them: a real
    // year's mix, not a board of red.
    const chart = page.getByRole('list', { name: '各公开情况的年度报告份数' })
    const bars = chart.getByRole('listitem')
    await expect(bars).toHaveCount(4)
    const count = (standing: string) =>
      api.counts.find((item: { standing: string }) => item.standing === standing).reports
    for (const [name, standing] of [
      ['逾期未公开', 'MISSING'],
      ['逾期公开', 'LATE'],
      ['尚未到期', 'NOT_YET_DUE'],
      ['按期公开', 'ON_TIME'],
    ] as const) {
      await expect(bars.filter({ hasText: name })).toHaveText(`${name} ${count(standing)} 份`)
    }
    expect(count('ON_TIME')).toBeGreaterThan(count('LATE') + count('MISSING'))
    expect(count('LATE')).toBeGreaterThan(0)
    expect(count('MISSING')).toBeGreaterThan(0)
    await expect(page.locator('.result-count')).toHaveText(
      `共 ${api.agencies} 个机关、${api.agencies * 2} 份年度报告`,
    )

    // Summary, then the filter, then the list; each agency a short row, not a tall card.
    const filter = page.getByRole('search', { name: '筛选年度报告公开情况' })
    const rows = page.locator('.compliance-row')
    await expect(rows).toHaveCount(api.lines.length)
    const top = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())!.y
    expect(await top(chart)).toBeLessThan(await top(filter))
    expect(await top(filter)).toBeLessThan(await top(rows.first()))
    for (const index of [0, api.lines.length - 1]) {
      expect((await rows.nth(index).boundingBox())!.height).toBeLessThan(100)
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    expect(height, 'the whole board at 375 px, 9,700 px as cards').toBeLessThan(5000)

    // Late departments only: in the address, asked of the API, the counts still the departments' all.
    await filter.getByLabel('公开情况').selectOption({ label: '逾期公开' })
    await filter.getByLabel('机关类别').selectOption({ label: '政府工作部门' })
    await filter.getByRole('button', { name: '查看' }).click()
    await page.waitForURL(/\/reports\/compliance\?year=2025&standing=LATE&agencyKind=DEPARTMENT$/)
    await settled(page)
    const late = await (
      await page.request.get(
        '/api/reports/compliance?year=2025&standing=LATE&agencyKind=DEPARTMENT',
      )
    ).json()
    expect(late.lines.length).toBeGreaterThan(0)
    await expect(rows).toHaveCount(late.lines.length)
    for (const line of late.lines) {
      await expect(rows.filter({ hasText: line.agencyName })).toContainText('逾期公开')
    }
    await expect(page.locator('.compliance-listed')).toContainText(
      `列出 ${late.lines.length} 个机关。`,
    )
    await checkBothWidths(page, 'reports-compliance-filtered')

    // Shared or reloaded, the address brings the same board back; the filter can be cleared.
    await page.reload()
    await settled(page)
    await expect(page.getByLabel('公开情况', { exact: true })).toHaveValue('LATE')
    await expect(page.getByLabel('机关类别', { exact: true })).toHaveValue('DEPARTMENT')
    await page.setViewportSize(VIEWPORTS.desktop)
    const table = page.getByRole('region', { name: '各机关年度报告公开情况表' })
    await expect(table.locator('tbody tr')).toHaveCount(late.lines.length)
    await page.getByRole('link', { name: '清除筛选条件' }).click()
    await page.waitForURL(/\/reports\/compliance\?year=2025$/)
    await settled(page)
    await expect(table.locator('tbody tr')).toHaveCount(api.lines.length)
    expect(pageErrors).toEqual([])
  })
})
