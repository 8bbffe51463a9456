import {
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  preferenceCookies,
  screenshot,
  test,
  VIEWPORTS,
} from './support'
import type { Browser, Page } from '@playwright/test'

/**
 * axe runs as script in the page, which a context without script cannot: the same address with the
 * reader's cookies in a context with script, the page's own scripts held back, is the page a reader
 * without script gets.
 */
async function expectNoAxeViolationsWithoutScript(page: Page, browser: Browser): Promise<void> {
  const context = await browser.newContext({
    javaScriptEnabled: true,
    viewport: page.viewportSize(),
  })
  await context.addCookies(await page.context().cookies())
  await context.route(/\.(js|mjs|ts)(\?.*)?$/, (route) => route.abort())
  const copy = await context.newPage()
  await copy.goto(page.url())
  await expect(copy.locator('#portal-header')).toHaveCount(1)
  await expectNoAxeViolations(copy)
  await context.close()
}

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

    test(`at ${width} width the agency directory and an agency's page read without script`, async ({
      page,
      browser,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/agencies')
      await expect(page.locator('h1')).toHaveText('机关名录')
      const directory = page.locator('#agency-directory')
      await expect(directory.getByRole('heading', { name: '安徽省人民政府' })).toBeVisible()
      await expect(
        directory.locator('.agency-tree-name', { hasText: '淮北市人民政府' }),
      ).toBeVisible()
      await expect(directory.getByRole('link', { name: '淮北市市场监督管理局' })).toBeVisible()
      await expect(page.locator('.agency-tree-label').first()).toBeVisible()
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'agencies-without-script', 'zh-CN', 'normal')
      await expectNoAxeViolationsWithoutScript(page, browser)

      // The filter is a form: Enter asks for the directory narrowed to the text.
      const filter = page.getByRole('searchbox', { name: '查找机关' })
      await filter.fill('濉溪县')
      await filter.press('Enter')
      await page.waitForURL(/\/agencies\?q=/)
      await expect(filter).toHaveValue('濉溪县')
      await expect(directory.getByRole('link', { name: '淮北市市场监督管理局' })).toHaveCount(0)
      await directory.getByRole('link', { name: '濉溪县人民政府', exact: true }).click()

      await page.waitForURL(/\/agencies\/340621$/)
      await expect(page.locator('h1')).toHaveText('濉溪县人民政府')
      await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText(
        '淮北市人民政府',
      )
      await expect(page.getByRole('link', { name: '向本机关申请政府信息公开' })).toHaveAttribute(
        'href',
        '/disclosure/apply?agency=340621',
      )
      await expect(page.locator('#agency-contact + dl')).toContainText('县级人民政府')
      await expect(page.locator('#agency-hierarchy + dl')).toContainText('濉溪县司法局')
      await expect(page.locator('.report-item a').first()).toContainText('濉溪县人民政府')
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'agency-without-script', 'zh-CN', 'normal')
      await expectNoAxeViolationsWithoutScript(page, browser)
    })

    test(`at ${width} width English and 大字版 are chosen without script and stay from page to page`, async ({
      page,
      browser,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/agencies')
      await page.getByRole('button', { name: 'English' }).click()
      await page.waitForURL(/\/agencies$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('h1')).toHaveText('Agency directory')
      await page.getByRole('button', { name: 'Large text' }).click()
      await page.waitForURL(/\/agencies$/)
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await expect(page.getByRole('button', { name: 'Large text' })).toHaveAttribute(
        'aria-pressed',
        'true',
      )
      await expect(
        page.getByRole('link', {
          name: 'Huaibei Municipal Administration for Market Regulation (淮北市市场监督管理局)',
        }),
      ).toBeVisible()
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'agencies-without-script', 'en', 'large')
      await expectNoAxeViolationsWithoutScript(page, browser)

      await page
        .getByRole('link', { name: "Suixi County People's Government (濉溪县人民政府)" })
        .first()
        .click()
      await page.waitForURL(/\/agencies\/340621$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await expect(page.locator('h1')).toHaveText(
        "Suixi County People's Government (濉溪县人民政府)",
      )
      await expect(page.locator('#agency-contact + dl')).toContainText('County government')
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'agency-without-script', 'en', 'large')
      await expectNoAxeViolationsWithoutScript(page, browser)

      // The report page, rendered by the application, keeps both choices and names the agency in English.
      await page.locator('.report-item a').first().click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('.report-facts')).toContainText(
        "Suixi County People's Government (濉溪县人民政府)",
      )

      // And back to Chinese at normal size, from the report page's own header.
      await page.getByRole('button', { name: '中文' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await page.getByRole('button', { name: '大字版' }).click()
      await expect(page.locator('html')).not.toHaveClass(/large-text/)
      await expect(page).toHaveURL(/\/reports\/340621\//)
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

test('with script the front end takes the directory over and keeps choices without asking the server', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/agencies?q=濉溪')
  await expect(page.locator('#portal-header')).toHaveCount(0)
  await expect(page.getByLabel('查找机关')).toHaveValue('濉溪')
  await expect(page.getByRole('link', { name: '淮北市市场监督管理局' })).toHaveCount(0)
  await page.getByLabel('查找机关').fill('')
  await expect(page.getByRole('link', { name: '淮北市市场监督管理局' })).toBeVisible()
  const asked: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/preferences') asked.push(request.url())
  })
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('h1')).toHaveText('Agency directory')
  await expect(page).toHaveURL(/\/agencies\?q=/)
  expect(asked).toEqual([])
  expect(pageErrors).toEqual([])
})
