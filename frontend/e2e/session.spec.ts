import type { Page } from '@playwright/test'
import {
  choose,
  expect,
  expectNoAxeViolations,
  LOGIN_LINK,
  logIn,
  screenshot,
  settled,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
} from './support'

test.describe('signing in and out', () => {
  test('log-in goes through the sign-in provider and back to My account', async ({ page }) => {
    await page.goto('/me')
    await settled(page)
    await page.locator(LOGIN_LINK).first().click()
    await expect(page.locator('input[name="username"]')).toBeVisible()
    await expect(page.locator('textarea[name="claims"]')).toBeVisible()
    await page.locator('input[name="username"]').fill('citizen-demo')
    await page.locator('input[type="submit"]').click()
    await page.waitForURL(/\/me$/)
    await expect(page.locator('h1')).toHaveText('我的')
    await expect(page.locator('main')).toContainText('张明（演示）')
    await expect(page.locator('main')).toContainText('公民')
  })

  test('a citizen sees no staff console', async ({ page }) => {
    await logIn(page, 'citizen-demo')
    await expect(page.locator('a[href="/staff"]')).toHaveCount(0)
    await page.goto('/staff')
    await settled(page)
    await expect(page.locator('main')).toContainText('工作台仅供机关工作人员使用')
    await expect(page.locator('.staff-nav')).toHaveCount(0)
  })

  test('a disclosure officer sees the disclosure work but not the audit log', async ({ page }) => {
    await logIn(page, 'officer-huaibei')
    await expect(page.locator('main')).toContainText('依申请公开经办人 · 淮北市人民政府')
    await page.locator('.main-nav a[href="/staff"], main a[href="/staff"]').first().click()
    await page.waitForURL('**/staff')
    const nav = page.getByRole('navigation', { name: '工作台导航' })
    await expect(nav.getByRole('link', { name: '依申请公开办理' })).toBeVisible()
    await expect(nav.getByRole('link', { name: '审计日志' })).toHaveCount(0)
    await nav.getByRole('link', { name: '依申请公开办理' }).click()
    await expect(page.locator('h1')).toHaveText('依申请公开办理')
    await page.goto('/staff/audit')
    await settled(page)
    await expect(page.locator('main')).toContainText('您的岗位不包括本栏目的工作')
  })

  test('the security auditor sees the audit log, the administrator the calendar', async ({
    page,
  }) => {
    await logIn(page, 'auditor')
    await page.goto('/staff')
    await settled(page)
    const nav = page.getByRole('navigation', { name: '工作台导航' })
    await expect(nav.getByRole('link', { name: '审计日志' })).toBeVisible()
    await expect(nav.getByRole('link', { name: '依申请公开办理' })).toHaveCount(0)

    await page.context().clearCookies()
    await logIn(page, 'admin')
    await page.goto('/staff/calendar')
    await settled(page)
    await expect(page.locator('main')).toContainText('已录入的年份')
    await expect(page.locator('.calendar-year').first()).toBeVisible()
  })

  test('log-out ends the session and returns home', async ({ page }) => {
    await logIn(page, 'citizen-demo')
    await page.getByRole('button', { name: '退出' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expect(page.locator(LOGIN_LINK).first()).toBeVisible()
    await expect(page.getByRole('button', { name: '退出' })).toHaveCount(0)
    const me = await page.request.get('/api/me')
    expect(me.status()).toBe(401)
  })
})

test('each staff section names itself in the window title', async ({ page }) => {
  await logIn(page, 'officer-huaibei')
  await page.goto('/staff/disclosure')
  await settled(page)
  await expect(page).toHaveTitle(/^依申请公开办理 - /)
  await page.goto('/staff')
  await settled(page)
  await expect(page).toHaveTitle(/^工作台 - /)
})

/** The provider's form, as a person fills it in. */
async function signInAtProvider(page: Page, username: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[type="submit"]').click()
}

async function expectHeadingFocused(page: Page, heading: string): Promise<void> {
  await expect(page.locator('main h1')).toHaveText(heading)
  await expect(page.locator('main h1')).toBeFocused()
}

const LANDINGS: { viewport: keyof typeof VIEWPORTS; mode: Mode; lang: Lang }[] = [
  { viewport: 'mobile', mode: 'large', lang: 'zh-CN' },
  { viewport: 'desktop', mode: 'normal', lang: 'en' },
  { viewport: 'mobile', mode: 'normal', lang: 'en' },
  { viewport: 'desktop', mode: 'large', lang: 'zh-CN' },
]
const HEADINGS = {
  'zh-CN': { agency: '向哪个机关申请？', console: '工作台', logIn: '登录' },
  en: { agency: 'Which agency do you apply to?', console: 'Staff console', logIn: 'Log in' },
} as const

for (const { viewport, mode, lang } of LANDINGS) {
  test.describe(`after signing in (${viewport}, ${mode}, ${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await choose(page, lang, mode)
      await page.setViewportSize(VIEWPORTS[viewport])
    })

    test('a citizen comes back to the form they signed in from, its heading focused', async ({
      page,
      pageErrors,
    }) => {
      await page.goto('/disclosure/apply/agency')
      await settled(page)
      await page.locator('main').getByRole('link', { name: HEADINGS[lang].logIn }).click()
      await signInAtProvider(page, 'citizen-demo')
      await page.waitForURL('**/disclosure/apply/agency')
      // The sign-in provider's own page is not ours to judge.
      pageErrors.length = 0
      await expectHeadingFocused(page, HEADINGS[lang].agency)
      // The first answer is a Tab or two away, not the whole header's.
      await page.keyboard.press('Tab')
      await expect(page.locator('main input').first()).toBeFocused()
      await screenshot(page, 'signed-in-form', lang, mode)
      await expectNoAxeViolations(page)
      expect(pageErrors).toEqual([])
    })

    test('staff land on their console, its heading focused', async ({ page, pageErrors }) => {
      await page.goto('/hotline/board')
      await settled(page)
      const header = page.locator('.site-header')
      if (!(await header.locator(LOGIN_LINK).isVisible()))
        await header.locator('.menu-button').click()
      await header.locator(LOGIN_LINK).click()
      await signInAtProvider(page, 'officer-huaibei')
      await page.waitForURL((url) => url.pathname === '/staff')
      pageErrors.length = 0
      await expectHeadingFocused(page, HEADINGS[lang].console)
      await screenshot(page, 'signed-in-console', lang, mode)
      await expectNoAxeViolations(page)
      expect(pageErrors).toEqual([])
    })
  })
}

test('a sign-in link naming another site brings the person back to this one', async ({ page }) => {
  for (const elsewhere of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
    await page.context().clearCookies()
    await page.goto(`/oauth2/authorization/gongkai?return=${encodeURIComponent(elsewhere)}`)
    await signInAtProvider(page, 'citizen-demo')
    await page.waitForURL((url) => url.pathname === '/me')
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host)
    await expect(page.locator('h1')).toHaveText('我的')
  }
})
