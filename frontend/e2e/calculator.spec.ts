import { expect, expectNoAxeViolations, settled, test } from './support'

test.describe('deadline calculator on the information requests page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/disclosure')
    await settled(page)
  })

  test('gives the date twenty working days on', async ({ page }) => {
    await page.locator('#calc-from').fill('2026-11-23')
    await page.locator('#calc-add').fill('20')
    await page.getByRole('button', { name: '计算' }).click()
    await expect(page.locator('.result-panel')).toHaveText(
      '自2026年11月23日起 20 个工作日，期限届满日为2026年12月21日（星期一）。',
    )
  })

  test('counts the working days between two dates', async ({ page }) => {
    await page.getByLabel('两个日期之间有几个工作日').check()
    await page.locator('#calc-from').fill('2026-11-23')
    await page.locator('#calc-to').fill('2026-12-31')
    await page.getByRole('button', { name: '计算' }).click()
    await expect(page.locator('.result-panel')).toContainText('共有 28 个工作日')
  })

  test('shows problems in a focused summary that links to the fields', async ({ page }) => {
    await page.locator('#calc-from').fill('')
    await page.locator('#calc-add').fill('400')
    await page.getByRole('button', { name: '计算' }).click()
    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toHaveAttribute('role', 'alert')
    await expect(summary.locator('a')).toHaveText([
      '请输入起算日',
      '工作日数必须是 0 到 366 之间的整数',
    ])
    await expect(page.locator('#calc-from')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#calc-from')).toHaveAttribute(
      'aria-describedby',
      'calc-from-hint calc-from-error',
    )
    await expectNoAxeViolations(page)

    await summary.locator('a').nth(1).click()
    await expect(page.locator('#calc-add')).toBeFocused()
  })

  test('marks a result counted on a year not yet entered as provisional', async ({ page }) => {
    await page.locator('#calc-from').fill('2040-01-02')
    await page.locator('#calc-add').fill('3')
    await page.getByRole('button', { name: '计算' }).click()
    await expect(page.locator('.result-panel')).toContainText('预计')
    await expect(page.locator('.calculator-provisional')).toContainText('法定节假日')
  })

  test("shows the portal's own problem when the calendar lacks a year", async ({ page }) => {
    await page.locator('#calc-from').fill('2020-01-02')
    await page.locator('#calc-add').fill('3')
    await page.getByRole('button', { name: '计算' }).click()
    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('2020')
  })
})
