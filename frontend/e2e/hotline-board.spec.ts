import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, logIn, settled, test } from './support'

/**
 * The hotline's public results: the reply board searched by words kept in the address, and the
 * statistics of the demo year (the twelve months up to the portal's fixed today), each chart with
 * its table of figures, as the API counts them: other tests add tickets of their own.
 */

/** How many tickets the statistics API counts for this query. */
async function ticketsCounted(page: Page, path: string): Promise<number> {
  const response = await page.request.get(path)
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { totals: { tickets: number } }).totals.tickets
}

test('the reply board is searched with the words kept in the address, and says when none match', async ({
  page,
}) => {
  await page.goto('/hotline')
  await settled(page)
  await page.getByRole('link', { name: /回复公开栏/ }).click()
  await page.waitForURL(/\/hotline\/board$/)
  await settled(page)
  await expect(page.locator('h1')).toHaveText('回复公开栏')
  await expect(page.getByRole('status')).toContainText(/共公开 \d+ 条答复/)

  const form = page.getByRole('search', { name: '搜索公开的答复' })
  const words = '不存在的诉求词语甲乙丙'
  await form.getByLabel('搜索', { exact: true }).fill(words)
  await form.getByRole('button', { name: '搜索', exact: true }).click()
  await page.waitForURL((url) => url.searchParams.get('q') === words)
  await settled(page)
  await expect(page.getByRole('status')).toHaveText(`含有“${words}”的答复共 0 条`)
  await expect(page.locator('.empty-state')).toContainText(`没有找到含有“${words}”的公开答复`)
  await expectNoAxeViolations(page)

  // The address alone brings the same search back, and the search box holds its words.
  await page.reload()
  await settled(page)
  await expect(form.getByLabel('搜索', { exact: true })).toHaveValue(words)
  await page.getByRole('link', { name: '清除搜索' }).click()
  await page.waitForURL(/\/hotline\/board$/)
  await expect(form.getByLabel('搜索', { exact: true })).toHaveValue('')

  // Words of a published reply's title find it.
  const response = await page.request.get('/api/hotline/board')
  const published = (await response.json()) as { total: number; items: { title: string }[] }
  expect(published.total).toBeGreaterThan(0)
  const found = published.items[0]!.title.slice(0, 4)
  await form.getByLabel('搜索', { exact: true }).fill(found)
  await form.getByRole('button', { name: '搜索', exact: true }).click()
  await page.waitForURL((url) => url.searchParams.get('q') === found)
  await settled(page)
  await expect(page.getByRole('status')).toContainText(`含有“${found}”的答复共`)
  await expect(page.locator('.board-list > li').first()).toContainText(found)
  await expectNoAxeViolations(page)
})

test('the statistics show the demo year in tables beside their charts, and a chosen period', async ({
  page,
}) => {
  await page.goto('/hotline/statistics')
  await settled(page)
  // The default period is the twelve months up to the portal's today, 2026-12-14 in Beijing.
  await expect(page.getByLabel('开始日期')).toHaveValue('2025-12-15')
  await expect(page.getByLabel('结束日期')).toHaveValue('2026-12-14')
  const year = await ticketsCounted(page, '/api/hotline/statistics')
  expect(year).toBeGreaterThanOrEqual(360)
  await expect(page.locator('.statistics-totals dd').first()).toHaveText(String(year))

  const byType = page.getByRole('table', { name: /按诉求类型统计/ })
  const typeCounts = await byType.locator('tbody tr td:first-of-type').allTextContents()
  expect(typeCounts.map(Number).reduce((a, b) => a + b, 0)).toBe(year)
  const byMonth = page.getByRole('table', { name: /按受理月份统计/ })
  await expect(byMonth.locator('tbody tr')).toHaveCount(13)
  const byDepartment = page.getByRole('table', { name: /按主办部门统计/ })
  await expect(byDepartment.getByRole('rowheader', { name: '淮北市市场监督管理局' })).toBeVisible()
  await expect(page.getByRole('table', { name: /热点诉求/ }).locator('tbody tr')).toHaveCount(10)
  // Each chart is drawn (as SVG, hidden from screen readers: its table says the same).
  await expect(page.locator('.statistics-chart[aria-hidden="true"] svg').first()).toBeVisible()
  await expectNoAxeViolations(page)

  // One department over the first half of the year: the address keeps the choice.
  await page.getByLabel('开始日期').fill('2026-01-01')
  await page.getByLabel('结束日期').fill('2026-06-30')
  await page.getByLabel('承办部门', { exact: true }).selectOption({ label: '淮北市市场监督管理局' })
  await page.getByRole('button', { name: '查看统计' }).click()
  await page.waitForURL(/from=2026-01-01&to=2026-06-30&agency=/)
  await settled(page)
  await expect(page.getByText('以下为 淮北市市场监督管理局 主办工单的统计')).toBeVisible()
  await expect(byMonth.locator('tbody tr')).toHaveCount(6)
  const departmentRows = byDepartment.locator('tbody tr')
  await expect(departmentRows).toHaveCount(1)
  const filtered = Number(await page.locator('.statistics-totals dd').first().textContent())
  expect(filtered).toBeGreaterThan(0)
  expect(filtered).toBeLessThan(year)

  // A period the API refuses is named beside its field.
  await page.goto('/hotline/statistics?from=2026-06-30&to=2026-01-01')
  await settled(page)
  await expect(page.locator('.error-summary')).toBeVisible()
  await expect(page.locator('#hl-stats-from').locator('xpath=ancestor::div[1]')).toBeVisible()
})

test('the dispatcher finds the centre’s statistics from the queue', async ({
  page,
  pageErrors,
}) => {
  await logIn(page, 'dispatcher-huaibei')
  pageErrors.length = 0
  await page.goto('/staff/hotline')
  await settled(page)
  await page.getByRole('link', { name: '查看数据统计' }).click()
  await page.waitForURL(/\/staff\/hotline\/statistics$/)
  await settled(page)
  const centre = await ticketsCounted(page, '/api/staff/hotline/statistics')
  expect(centre).toBeGreaterThanOrEqual(360)
  await expect(page.locator('.statistics-totals dd').first()).toHaveText(String(centre))
  await expect(
    page.getByRole('table', { name: /按主办部门统计/ }).locator('tbody tr'),
  ).not.toHaveCount(0)
  await expectNoAxeViolations(page)
})
