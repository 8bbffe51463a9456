import { randomUUID } from 'node:crypto'
import type { APIRequestContext, APIResponse } from '@playwright/test'
import { expect, logIn, test } from './support'

/**
 * The shared cache in front of the instances (nginx, public-cache.conf): anonymous public reads are
 * answered from it, each language and 大字版 kept apart; what a signed-in person asks for is never
 * answered from it nor kept in it for anyone else.
 */

const status = (response: APIResponse) => response.headers()['x-cache-status']

/** Asks until the shared cache answers (a copy lives a second: a slow machine may need a retry). */
async function untilCached(request: APIRequestContext, path: string): Promise<APIResponse> {
  let response = await request.get(path)
  for (let tries = 0; tries < 5 && status(response) !== 'HIT'; tries++) {
    response = await request.get(path)
  }
  return response
}

test('an anonymous public read is answered from the shared cache, kept a second', async ({
  request,
}) => {
  const path = `/api/reports?year=2019&probe=${randomUUID()}`
  const first = await request.get(path)
  expect(first.status()).toBe(200)
  expect(status(first)).toBe('MISS')
  expect(first.headers()['cache-control']).toContain('s-maxage=1')
  const again = await untilCached(request, path)
  expect(status(again)).toBe('HIT')
  expect(await again.text()).toBe(await first.text())
})

test('each language and 大字版 of a page is kept apart, whatever other cookies a reader has', async ({
  playwright,
}) => {
  const page = `/reports/340621/2019/rule-of-law?probe=${randomUUID()}`
  const reader = (cookies: string) =>
    playwright.request.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { Cookie: cookies } })
  const readers = await Promise.all([
    reader('gongkai_locale=en; gongkai_large_text=1; other=one'),
    reader('other=two; gongkai_large_text=1; gongkai_locale=en'),
    reader('gongkai_locale=zh-CN; other=one'),
  ])
  const [englishLarge, sameWithOtherCookies, chinese] = readers
  const english = await englishLarge!.get(page)
  expect(await english.text()).toMatch(/<html lang="en"[^>]*class="large-text"/)
  const again = await untilCached(sameWithOtherCookies!, page)
  expect(status(again)).toBe('HIT')
  expect(await again.text()).toBe(await english.text())
  const inChinese = await chinese!.get(page)
  expect(await inChinese.text()).toContain('<html lang="zh-CN"')
  expect(await inChinese.text()).not.toContain('large-text')
  for (const context of readers) await context.dispose()
})

test('a signed-in person’s reads are neither answered from the shared cache nor kept in it', async ({
  page,
  playwright,
}) => {
  await logIn(page, 'citizen-demo')
  const path = `/api/site?probe=${randomUUID()}`
  const signedIn = await page.request.get(path)
  expect(signedIn.status()).toBe(200)
  expect(status(signedIn)).toBe('BYPASS')
  expect(status(await page.request.get(path))).toBe('BYPASS')
  // Another reader asking the same is answered afresh: nothing the signed-in person was answered was kept.
  const anonymous = await playwright.request.newContext({ baseURL: baseUrl() })
  expect(status(await anonymous.get(path))).toBe('MISS')
  // A bearer token is a person too.
  const bearer = await anonymous.get(path, { headers: { Authorization: 'Bearer not-a-token' } })
  expect(status(bearer)).toBe('BYPASS')
  await anonymous.dispose()
})

test('a reader asking again about a public read they hold is answered 304, without the bytes', async ({
  request,
}) => {
  for (const path of ['/api/site', '/reports/340621/2019/rule-of-law', '/api/hotline/board']) {
    const first = await request.get(path)
    const etag = first.headers()['etag']
    // Weak once nginx compresses it (the same page in other bytes).
    expect(etag, path).toMatch(/^(W\/)?"[A-Za-z0-9_-]{22}"$/)
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } })
    expect(again.status(), path).toBe(304)
    expect((await again.body()).length).toBe(0)
  }
})

function baseUrl(): string {
  return process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8000'
}
