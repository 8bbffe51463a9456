import type { Page } from '@playwright/test'
import { expect, LOGIN_LINK, settled, test, VIEWPORTS } from './support'

/** Presses Tab until the focused element matches, and fails if it takes too many presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

test.describe('keyboard only', () => {
  test('the first Tab stop is the skip link, and Enter moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/agencies')
    await settled(page)
    await page.keyboard.press('Tab')
    const first = page.locator(':focus')
    await expect(first).toHaveClass(/skip-link/)
    await expect(first).toHaveText('跳到主要内容')
    await expect(first).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator(':focus')).toHaveId('main-content')
    // The next Tab stop lies inside the main content, past the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true)
  })

  test('the main menu is operated with the keyboard on a wide screen', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.desktop)
    await page.goto('/')
    await settled(page)
    await expect(page.locator('.menu-button')).toBeHidden()
    await tabTo(page, '.main-nav a[href="/disclosure"]')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/disclosure')
    await expect(page.locator('h1')).toHaveText('依申请公开')
    await expect(page.locator('.main-nav a[href="/disclosure"]')).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  test('the menu button opens, closes and leads through the menu on a phone', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.mobile)
    await page.goto('/')
    await settled(page)
    const button = page.locator('.menu-button')
    const list = page.locator('#main-nav-list')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(list).toBeHidden()

    await tabTo(page, '.menu-button')
    await page.keyboard.press('Enter')
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(list).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveAttribute('href', '/')

    await page.keyboard.press('Escape')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(button).toBeFocused()

    await page.keyboard.press('Space')
    await expect(list).toBeVisible()
    await tabTo(page, '#main-nav-list a[href="/hotline"]', 10)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/hotline')
    await expect(page.locator('h1')).toHaveText('12345 热线')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
  })

  test('a person logs in with the keyboard alone', async ({ page }) => {
    await page.goto('/')
    await settled(page)
    await tabTo(page, LOGIN_LINK)
    await page.keyboard.press('Enter')
    const username = page.locator('input[name="username"]')
    await expect(username).toBeVisible()
    await username.focus()
    await page.keyboard.type('citizen-demo')
    await tabTo(page, 'input[type="submit"]', 5)
    await page.keyboard.press('Enter')
    // Back on the page signed in from, at its heading, signed in.
    await page.waitForURL((url) => url.pathname === '/')
    await expect(page.locator('main h1')).toBeFocused()
    await expect(page.locator('.user-name')).toContainText('张明（演示）')
  })
})
