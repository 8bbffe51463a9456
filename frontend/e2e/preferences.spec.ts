import { expect, settled, test } from './support'

const bodyFontSize = (page: import('@playwright/test').Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))

test.describe('reader preferences', () => {
  test('大字版 enlarges the text, survives a reload, and switches off again', async ({ page }) => {
    await page.goto('/disclosure')
    await settled(page)
    expect(await bodyFontSize(page)).toBeLessThan(18)
    const toggle = page.getByRole('button', { name: '大字版' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('html')).toHaveClass(/large-text/)
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(18)
    const buttonHeight = await page
      .locator('.calculator button[type="submit"]')
      .evaluate((button) => button.getBoundingClientRect().height)
    expect(buttonHeight).toBeGreaterThanOrEqual(44)

    await page.reload()
    await settled(page)
    await expect(page.locator('html')).toHaveClass(/large-text/)
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(18)

    await page.getByRole('button', { name: '大字版' }).click()
    await expect(page.locator('html')).not.toHaveClass(/large-text/)
    expect(await bodyFontSize(page)).toBeLessThan(18)
    await page.reload()
    await settled(page)
    await expect(page.locator('html')).not.toHaveClass(/large-text/)
  })

  test('switching language stays on the agency page and changes its text', async ({ page }) => {
    await page.goto('/agencies/340600')
    await settled(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible()

    await page.getByRole('button', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/agencies\/340600$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible()
    await expect(page.locator('main')).toContainText('City government')

    await page.reload()
    await settled(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('button', { name: '中文' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible()
  })

  test('switching language keeps the search query', async ({ page }) => {
    await page.goto('/search?q=%E6%BF%89%E6%BA%AA')
    await settled(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/search\?q=%E6%BF%89%E6%BA%AA$/)
    await expect(page.locator('main')).toContainText('Results for “濉溪”')
  })

  test('dates read the Chinese way under Chinese and the English way under English', async ({
    page,
  }) => {
    await page.goto('/disclosure')
    await settled(page)
    await page.locator('#calc-from').fill('2026-11-23')
    await page.locator('#calc-add').fill('20')
    await page.getByRole('button', { name: '计算' }).click()
    await expect(page.locator('.result-panel')).toContainText('2026年12月21日')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('.result-panel')).toContainText('21 December 2026')
  })
})
