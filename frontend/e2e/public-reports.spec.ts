import type { Page } from '@playwright/test'
import { checkBothWidths, expect, portalNow, settled, test, VIEWPORTS } from './support'

/**
 * The public side of annual reports: the archive (filters and pages in the address) and the
 * compliance board (年度报告公开情况). Read only: the demo data has Suixi's (340621) 2019
 * rule-of-law report, published on 2020-03-30 ahead of its 2020-04-01 deadline, and two
 * rule-of-law plans.
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
    await expect(year).toHaveValue(String(portalNow().getFullYear() - 1))

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
    const names = await rows.locator('th').allTextContents()
    const suixiAt = names.indexOf('濉溪县人民政府')
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

    // On a phone each agency is a card of its own.
    await page.setViewportSize(VIEWPORTS.mobile)
    await expect(table).toBeHidden()
    const card = page.locator('.compliance-card').filter({ hasText: '濉溪县人民政府' })
    await expect(card).toBeVisible()
    await expect(card).toContainText('法治政府建设年度报告 按期公开')
    await expect(card).toContainText('2020年3月30日')
    const cards = await page.locator('.compliance-card h3').allTextContents()
    expect(cards.indexOf('濉溪县人民政府')).toBe(suixiAt)

    await checkBothWidths(page, 'reports-compliance')

    await page.setViewportSize(VIEWPORTS.desktop)
    await cells.nth(1).getByRole('link').click()
    await page.waitForURL(`**${SUIXI_2019_PATH}`)
    await expect(page.locator('h1')).toHaveText(SUIXI_2019)
    expect(pageErrors).toEqual([])
  })
})
