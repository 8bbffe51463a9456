import { expect, LOGIN_LINK, logIn, settled, test } from './support'

test.describe('signing in and out', () => {
  test('log-in goes through the sign-in provider and back to My account', async ({ page }) => {
    await page.goto('/')
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
