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
 * Each breadcrumb separator (drawn before its step) stands on the first line of that step: a long
 * English name that wraps does not leave it alone on the line above.
 */
async function expectSeparatorsBesideTheirSteps(page: Page): Promise<void> {
  const offsets = await page.locator('.breadcrumbs li + li').evaluateAll((steps) =>
    steps.map((step) => {
      const text = document.createRange()
      text.selectNodeContents(step)
      const first = text.getClientRects()[0]
      return first ? first.top - step.getBoundingClientRect().top : 0
    }),
  )
  expect(offsets.length).toBeGreaterThan(0)
  for (const offset of offsets) expect(offset).toBeLessThan(8)
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
      await expectSeparatorsBesideTheirSteps(page)
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

    test(`at ${width} width the hotline's introduction and reply board read without script, searched by a form`, async ({
      page,
      browser,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/hotline')
      await expect(page.locator('h1')).toHaveText('12345 热线')
      await expect(page.locator('.notice a.phone-link')).toHaveText([
        '12345',
        '110',
        '119',
        '120',
        '122',
      ])
      await expect(page.locator('.notice a.phone-link').nth(1)).toHaveAttribute('href', 'tel:110')
      await expectNoAxeViolationsWithoutScript(page, browser)
      await page.getByRole('link', { name: '回复公开栏：查看已公开的答复' }).click()

      await page.waitForURL(/\/hotline\/board$/)
      await expect(page.locator('h1')).toHaveText('回复公开栏')
      await expect(page.locator('.result-count')).toHaveText(/^共公开 \d+ 条答复$/)
      await expect(page.locator('.board-item')).toHaveCount(20)
      await expect(page.getByRole('navigation', { name: '翻页' })).toContainText('第 1 页')
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'hotline-board-without-script', 'zh-CN', 'normal')
      await expectNoAxeViolationsWithoutScript(page, browser)

      await page.getByRole('link', { name: '下一页' }).click()
      await page.waitForURL(/\/hotline\/board\?page=2$/)
      await expect(page.getByRole('navigation', { name: '翻页' })).toContainText('第 2 页')

      const search = page.getByRole('searchbox', { name: '搜索', exact: true })
      await search.fill('积水')
      await search.press('Enter')
      await page.waitForURL(/\/hotline\/board\?q=/)
      await expect(search).toHaveValue('积水')
      await expect(page.locator('.result-count')).toHaveText(/^含有“积水”的答复共 \d+ 条$/)
      for (const item of await page.locator('.board-item').all())
        await expect(item).toContainText('积水')
      await page.getByRole('link', { name: '清除搜索' }).click()
      await page.waitForURL(/\/hotline\/board$/)
      await expect(search).toHaveValue('')
    })

    test(`at ${width} width the hotline statistics are tables chosen by a form, in English and 大字版`, async ({
      page,
      browser,
    }) => {
      await page.setViewportSize(viewport)
      await page.context().addCookies(preferenceCookies('en', 'large'))
      await page.goto('/hotline/statistics')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('html')).toHaveClass(/large-text/)
      await expect(page.locator('h1')).toHaveText('Hotline statistics')
      await expect(page.locator('.statistics-rate-target')).toHaveText([
        /Target 100%/,
        /Target 100%/,
        /Target 95%/,
      ])
      await expect(
        page.getByRole('table', { name: /^Tickets by type/ }).locator('tbody tr'),
      ).toHaveCount(5)
      await expect(
        page.getByRole('table', { name: /^Tickets by month received/ }).locator('tbody tr'),
      ).toHaveCount(13)
      await expectNoSidewaysScrolling(page)
      await screenshot(page, 'hotline-statistics-without-script', 'en', 'large')
      await expectNoAxeViolationsWithoutScript(page, browser)

      const form = page.getByRole('search', { name: 'Choose the period' })
      await form.getByLabel('From').fill('2026-06-01')
      await form.getByLabel('To').fill('2026-01-01')
      await form.getByRole('button', { name: 'Show statistics' }).click()
      await page.waitForURL(/\/hotline\/statistics\?from=2026-06-01&to=2026-01-01/)
      const summary = page.getByRole('alert')
      await expect(summary).toContainText('From: must not be after the last day')
      await expect(page.getByLabel('From')).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByRole('table')).toHaveCount(0)
      await expectNoAxeViolationsWithoutScript(page, browser)

      await form.getByLabel('From').fill('2026-09-01')
      await form.getByLabel('To').fill('2026-11-30')
      await form.getByLabel('Department').selectOption('340600-sthjj')
      await form.getByRole('button', { name: 'Show statistics' }).click()
      await page.waitForURL(/from=2026-09-01&to=2026-11-30&agency=340600-sthjj/)
      await expect(page.getByRole('alert')).toHaveCount(0)
      await expect(page.locator('.statistics-period')).toHaveText(
        '1 September 2026 to 30 November 2026',
      )
      await expect(page.locator('p.notice')).toContainText('淮北市生态环境局')
      await expect(
        page.getByRole('table', { name: /^Tickets by month received/ }).locator('tbody th'),
      ).toHaveText(['Sept 2026', 'Oct 2026', 'Nov 2026'])
      await page.getByRole('link', { name: 'Back to the last 12 months' }).click()
      await page.waitForURL(/\/hotline\/statistics$/)
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

test('with script the front end takes the hotline statistics over, charts and all', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/hotline/statistics?from=2026-01-01&to=2026-12-31')
  await expect(page.locator('#portal-header')).toHaveCount(0)
  await expect(
    page.locator('.statistics-chart canvas, .statistics-chart svg').first(),
  ).toBeVisible()
  await expect(page.locator('.statistics-rate-target')).toHaveText([
    /目标 100%/,
    /目标 100%/,
    /目标 95%/,
  ])
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
