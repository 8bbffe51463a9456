import { gzipSync } from 'node:zlib'
import { expect, settled, test } from './support'

const BUDGET = 150 * 1024

test('the home page asks nothing of any host but the portal', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto('/')
  await settled(page)
  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'),
  )
  expect(elsewhere).toEqual([])
  expect(requests.length).toBeGreaterThan(0)
})

test(`the home page's JavaScript stays within ${BUDGET / 1024} KB gzip`, async ({ page }) => {
  const scripts: Promise<number>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length))
  })
  await page.goto('/')
  await settled(page)
  const sizes = await Promise.all(scripts)
  const total = sizes.reduce((sum, size) => sum + size, 0)
  console.log(`home page JavaScript: ${sizes.length} files, ${(total / 1024).toFixed(1)} KB gzip`)
  expect(sizes.length).toBeGreaterThan(0)
  expect(total).toBeLessThanOrEqual(BUDGET)
})
