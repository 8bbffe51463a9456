import {
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  logIn,
  settled,
  test,
  VIEWPORTS,
} from './support'

/**
 * The report pages are rendered by the server, yet wear the portal's own header and footer: the
 * same menu, search, log-in, language and 大字版 as every other page, with and without script.
 */

const REPORT = '/reports/340621/2019/rule-of-law'
const TITLE = '濉溪县人民政府关于2019年度法治政府建设情况的报告'

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`a report page at ${width} width`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize(viewport)
    })

    test('has the portal header, menu, search and footer, and its 大字版 and language are the portal’s', async ({
      page,
      pageErrors,
    }) => {
      await page.goto(REPORT)
      await settled(page)
      // The skip link is the first stop and leads into the report.
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: '跳到主要内容' })
      await expect(skip).toBeFocused()
      await skip.press('Enter')
      await expect(page.locator('#main-content')).toBeFocused()

      const header = page.locator('header.site-header')
      await expect(header.getByRole('link', { name: '登录' })).toBeVisible()
      const nav = page.getByRole('navigation', { name: '主导航' })
      if (width === 'mobile') await nav.getByRole('button', { name: '菜单' }).click()
      await expect(nav.getByRole('link', { name: '年度报告' })).toHaveAttribute(
        'aria-current',
        'page',
      )
      await expect(page.locator('footer.site-footer')).toContainText('网站标识码')

      // 大字版 chosen on a report page holds on the portal's other pages, and back.
      await page.getByRole('button', { name: '大字版' }).click()
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await expectNoSidewaysScrolling(page)
      await expectNoAxeViolations(page)
      await page.goto('/reports')
      await settled(page)
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await page.goto(REPORT)
      await settled(page)
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await expect(page.getByRole('button', { name: '大字版' })).toHaveAttribute(
        'aria-pressed',
        'true',
      )

      // English: the page's own words change, the report stays as written.
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('.report-facts')).toContainText('Published by')
      await expect(page.locator('.report-facts')).toContainText('30 March 2020')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
      await expect(page.locator('h1')).toHaveAttribute('lang', 'zh-CN')
      await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible()
      await expectNoAxeViolations(page)

      // And the portal's pages follow the language chosen here.
      await page.goto('/reports')
      await settled(page)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('h1')).toHaveText('Annual reports')
      expect(pageErrors).toEqual([])
    })

    test('search from a report page leads to the portal’s search', async ({ page }) => {
      await page.goto(REPORT)
      await settled(page)
      await page.getByRole('searchbox').fill('濉溪')
      await page.getByRole('button', { name: '搜索', exact: true }).click()
      await page.waitForURL(/\/search\?q=/)
      await settled(page)
      await expect(page.locator('main')).toContainText('濉溪')
    })

    test('shows who is signed in', async ({ page }) => {
      await logIn(page, 'citizen-demo')
      await page.goto(REPORT)
      await settled(page)
      await expect(page.locator('header.site-header .user-name')).toBeVisible()
      await expect(page.getByRole('button', { name: '退出' })).toBeVisible()
    })
  })
}

test.describe('a report page without script', () => {
  test.use({ javaScriptEnabled: false })

  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`at ${width} width: the header, an open menu, the report and the footer`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto(REPORT)
      await expect(page.locator('h1')).toHaveText(TITLE)
      const nav = page.getByRole('navigation', { name: '主导航' })
      for (const name of ['首页', '依申请公开', '年度报告', '12345 热线']) {
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
      }
      await expect(page.getByRole('search')).toBeVisible()
      await expect(page.locator('footer.site-footer')).toContainText('网站标识码')
      await expectNoSidewaysScrolling(page)
    })
  }
})
