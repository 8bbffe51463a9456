import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export type Lang = 'zh-CN' | 'en'
export type Mode = 'normal' | 'large'

export const VIEWPORTS = {
  mobile: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const

const SCREENSHOTS = resolve(import.meta.dirname, '..', 'test-results', 'screenshots')

/**
 * The instant the portal under test started its clock at: `./gongkai test` sets both this and the
 * portal's `GONGKAI_CLOCK_START` to the same value, and this default is the one it uses. Every
 * page's clock starts there too, so no test reads the real date.
 */
export const CLOCK_START = process.env.E2E_CLOCK_START ?? '2026-12-14T01:00:00Z'

/** The portal's present moment, for expectations computed in the test itself. */
export function portalNow(): Date {
  return new Date(CLOCK_START)
}

/**
 * Every test: the page's clock starts at {@link CLOCK_START}; requests to any host but the portal's own (and its local sign-in provider) are
 * refused, so a page that tried to load something from elsewhere fails visibly instead of
 * waiting on a network that is not there; and any error a page logs fails the test.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        // A 401 from /api/me is how an anonymous visit looks; 404s from services not yet
        // built are answered with empty states. Neither is a page error.
        if (/status of (401|404)/.test(text)) return
        errors.push(text)
      })
      await page.clock.install({ time: CLOCK_START })
      await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort())
      await use(errors)
    },
    { auto: true },
  ],
})

export { expect }

/** Sets language and 大字版 before the portal's code runs, as a returning reader would have. */
export async function choose(page: Page, lang: Lang, mode: Mode): Promise<void> {
  await page.context().addCookies(preferenceCookies(lang, mode))
}

/** The cookies in which the portal keeps a reader's language and 大字版 (see stores/preferences). */
export function preferenceCookies(lang: Lang, mode: Mode) {
  const url = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8000'
  return [
    { name: 'gongkai_locale', value: lang, url },
    { name: 'gongkai_large_text', value: mode === 'large' ? '1' : '0', url },
  ]
}

/** Waits until the page has its content (no loading message) and the site name is in. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.loading-state')).toHaveCount(0)
  await expect(page.locator('h1').first()).toBeVisible()
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  )
  expect(summary, summary.join('\n')).toEqual([])
}

export async function screenshot(page: Page, name: string, lang: Lang, mode: Mode): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const size = page.viewportSize()
  const file = `${name}-${size?.width}x${size?.height}-${mode}-${lang}.png`
  await page.screenshot({ path: resolve(SCREENSHOTS, file), fullPage: true })
}

export async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)
}

/** The page checked with axe at both widths, without sideways scrolling, and photographed. */
export async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [VIEWPORTS.mobile, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport)
    await expectNoSidewaysScrolling(page)
    await screenshot(page, name, 'zh-CN', 'normal')
    await expectNoAxeViolations(page)
  }
}

/**
 * Forgets who is signed in, as a new visitor on this browser would be, while the reader's own
 * choices (language and 大字版, cookies named gongkai_…) stay.
 */
export async function forgetSignIn(page: Page): Promise<void> {
  await page.context().clearCookies({ name: /^(?!gongkai_)/ })
}

/** Signs out whoever is signed in and signs in as another demo user. */
export async function switchTo(page: Page, user: string, pageErrors: string[]): Promise<void> {
  await forgetSignIn(page)
  await logIn(page, user)
  // The sign-in provider's own page is not ours to judge.
  pageErrors.length = 0
}

/**
 * A text of this run's own, for what a test files: the portal warns a person who files the same
 * text twice (possible-duplicate), and the demo database outlives a run.
 */
export function ownText(text: string): string {
  return `${text}（${Math.random().toString(36).slice(2, 8)}）`
}

/** The CSRF token the portal sets, for a request made outside the page's own script. */
export async function csrfToken(page: Page): Promise<string> {
  await page.request.get('/api/csrf')
  const cookies = await page.context().cookies()
  return cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? ''
}

export const LOGIN_LINK = 'a[href^="/oauth2/authorization/gongkai"]'

/**
 * Signs in through the development OIDC provider's own form, as a person would, from 我的: the
 * public come back to it, staff land on their console and are then taken to 我的 too.
 */
export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/me')
  await page.locator(LOGIN_LINK).first().click()
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[type="submit"], button[type="submit"]').first().click()
  await page.waitForURL(/\/(me|staff)$/)
  if (new URL(page.url()).pathname === '/staff') await page.goto('/me')
  await expect(page.locator('h1')).toBeVisible()
}
