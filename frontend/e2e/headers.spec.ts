import { expect, test } from '@playwright/test'

/** Every kind of response the portal gives, from nginx itself and from the application behind it. */
const PATHS = [
  '/',
  '/agencies/340600',
  '/favicon.svg',
  '/api/site',
  '/api/agencies/no-such-agency',
  '/api/me',
  '/reports',
  '/reports/340621/2019/rule-of-law',
  '/actuator/health',
]

for (const path of PATHS) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    expect(headers['content-security-policy'], 'Content-Security-Policy').toContain(
      "default-src 'self'",
    )
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['referrer-policy'], 'Referrer-Policy').toBeTruthy()
    expect(headers['permissions-policy'], 'Permissions-Policy').toContain('camera=()')
    expect(headers['server']).toBe('nginx')
  })
}

test('hashed assets are cached for a year, the page itself is revalidated', async ({
  request,
  page,
}) => {
  const index = await request.get('/')
  expect(index.headers()['cache-control']).toBe('no-cache')
  const script = (await index.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
  expect(script).toBeTruthy()
  const asset = await request.get(script!)
  expect(asset.headers()['cache-control']).toContain('max-age=31536000')
  expect(asset.headers()['cache-control']).toContain('immutable')
  await page.close()
})
