import { expect, preferenceCookies, test, VIEWPORTS } from './support'

/**
 * The public reading pages read without script: their content comes in the page itself (rendered
 * by the application, included by nginx), in the reader's language and 大字版, and the front end
 * takes it over when its script runs.
 */

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false })

  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`at ${width} width the home page has its services, latest reports and agencies`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/')
      await expect(page.locator('h1')).toHaveText('淮北市人民政府门户网站')
      await expect(page.getByRole('heading', { name: '办事服务' })).toBeVisible()
      await expect(page.locator('.card-title a')).toHaveText([
        '依申请公开',
        '年度报告',
        '12345 热线',
      ])
      await expect(page.getByRole('heading', { name: '最新发布的年度报告' })).toBeVisible()
      expect(await page.locator('.report-item').count()).toBeGreaterThan(0)
      await expect(page.getByRole('link', { name: '安徽省人民政府', exact: true })).toBeVisible()
      const nav = page.getByRole('navigation', { name: '主导航' })
      await expect(nav.getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page')
      await expect(page.locator('footer.site-footer')).toContainText('网站标识码')
    })

    test(`at ${width} width the archive filters by a form, in English and 大字版`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.context().addCookies(preferenceCookies('en', 'large'))
      await page.goto('/reports')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await expect(page.locator('h1')).toHaveText('Annual reports')
      const filter = page.getByRole('search', { name: 'Filter reports' })
      await filter.getByLabel('Agency', { exact: true }).selectOption('340621')
      await filter.getByLabel('Year', { exact: true }).selectOption('2019')
      await filter.getByRole('button', { name: 'Filter' }).click()
      await page.waitForURL(/\/reports\?agency=340621&year=2019/)
      await expect(page.locator('.report-item')).toHaveCount(1)
      await expect(page.locator('.report-item a')).toHaveText(
        '濉溪县人民政府关于2019年度法治政府建设情况的报告',
      )
      await page.locator('.report-item a').click()
      await expect(page.locator('.report-facts')).toContainText('Published by')
    })

    test(`at ${width} width the compliance board counts by standing and filters by a form`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/reports/compliance?year=2019')
      await expect(page.locator('h1')).toHaveText('年度报告公开情况')
      await expect(page.locator('.standing-chart-row')).toHaveCount(4)
      const filter = page.getByRole('search', { name: '筛选年度报告公开情况' })
      await filter.getByLabel('公开情况').selectOption('ON_TIME')
      await filter.getByRole('button', { name: '查看' }).click()
      await page.waitForURL(/\/reports\/compliance\?year=2019&standing=ON_TIME/)
      const rows = page.locator('.compliance-row')
      expect(await rows.count()).toBeGreaterThan(0)
      for (const row of await rows.all())
        await expect(row.locator('.badge--ok').first()).toBeVisible()
      await expect(page.getByRole('link', { name: '清除筛选条件' })).toHaveAttribute(
        'href',
        '/reports/compliance?year=2019',
      )
    })
  }
})

test('with script the front end takes the page over', async ({ page, pageErrors }) => {
  await page.goto('/')
  await expect(page.locator('#portal-header')).toHaveCount(0)
  await expect(page.locator('header.site-header')).toHaveCount(1)
  await expect(page.locator('main#main-content')).toHaveCount(1)
  await expect(page.locator('h1')).toHaveText('淮北市人民政府门户网站')
  expect(pageErrors).toEqual([])
})
