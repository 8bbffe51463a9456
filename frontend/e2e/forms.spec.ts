import type { Page } from '@playwright/test'
import {
  choose,
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  logIn,
  screenshot,
  settled,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
} from './support'

/**
 * The gaps a person meets in the forms of steps (the disclosure application, the hotline intake):
 * the error summary names only fields there are and forgets a problem once it is put right, an
 * upload's own problems are in the summary too and focus stays with the upload, and a change of
 * language says every problem in the new one. Each in both widths, in 大字版 and in English.
 */

const COMBINATIONS: { viewport: keyof typeof VIEWPORTS; mode: Mode; lang: Lang }[] = [
  { viewport: 'mobile', mode: 'large', lang: 'zh-CN' },
  { viewport: 'desktop', mode: 'normal', lang: 'en' },
  { viewport: 'mobile', mode: 'normal', lang: 'en' },
  { viewport: 'desktop', mode: 'large', lang: 'zh-CN' },
]

const OTHER: Record<Lang, Lang> = { 'zh-CN': 'en', en: 'zh-CN' }

/** The words the tests look for, in each language. */
const WORDS = {
  'zh-CN': {
    continue: '继续',
    mediumMissing: '请选择载体形式',
    channelMissing: '请选择获取方式',
    deliveryHeading: '您希望以什么方式获取信息？',
    typeMissing: '请选择诉求类型',
    notAFile: '“说明.txt”不是 PDF、JPEG 或 PNG 文件',
  },
  en: {
    continue: 'Continue',
    mediumMissing: 'Choose the form of the information',
    channelMissing: 'Choose how you want to receive it',
    deliveryHeading: 'How do you want to receive the information?',
    typeMissing: 'Choose the kind of matter',
    notAFile: '“说明.txt” is not a PDF, JPEG or PNG file',
  },
} as const

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
)
const TEXT_FILE = { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是图片') }

/** An application filled in up to the delivery step, as the tab keeps it. */
const DRAFT_TO_DELIVERY = {
  draft: {
    agency: '340600',
    agencyName: '淮北市人民政府',
    applicant: {
      type: 'person',
      name: '张明',
      idType: 'RESIDENT_ID_CARD',
      idNumber: '11010519491231002X',
    },
    contact: { phone: '13800138000' },
    information: { description: '淮北市2025年老旧小区改造项目清单' },
  },
  idempotencyKey: null,
  serverErrors: {},
}

async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator(`.site-header button[lang="${lang}"]`).click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

/** Every link of the error summary leads to a control that is on the page. */
async function expectSummaryLinksToControls(page: Page): Promise<void> {
  const targets = await page
    .locator('.error-summary a')
    .evaluateAll((links) =>
      links.map(
        (link) =>
          document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)))
            ?.tagName ?? 'none',
      ),
    )
  expect(targets.length).toBeGreaterThan(0)
  for (const target of targets) expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain(target)
}

async function expectFocusOn(page: Page, id: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id)
}

async function look(page: Page, name: string, lang: Lang, mode: Mode): Promise<void> {
  await expectNoSidewaysScrolling(page)
  await screenshot(page, name, lang, mode)
  await expectNoAxeViolations(page)
}

for (const { viewport, mode, lang } of COMBINATIONS) {
  const other = OTHER[lang]
  const words = WORDS[lang]

  test(`${viewport}, ${mode}, ${lang}: the application's delivery and attachments steps keep their problems true`, async ({
    page,
    pageErrors,
  }) => {
    await choose(page, lang, mode)
    await logIn(page, 'citizen-demo')
    pageErrors.length = 0
    await page.setViewportSize(VIEWPORTS[viewport])
    await page.evaluate(
      (progress) =>
        sessionStorage.setItem('gongkai.disclosure.application', JSON.stringify(progress)),
      DRAFT_TO_DELIVERY,
    )
    await page.goto('/disclosure/apply/delivery')
    await settled(page)
    const summary = page.locator('.error-summary')

    // Nothing chosen: the medium is the problem, and the summary leads only to controls there are.
    await page.getByRole('button', { name: words.continue, exact: true }).click()
    await expect(summary).toBeFocused()
    await expect(summary.locator('a')).toHaveText([words.mediumMissing])
    await expectSummaryLinksToControls(page)
    await look(page, 'delivery-medium-missing', lang, mode)

    // A medium chosen: its problem leaves the summary and the field.
    await page.locator('#app-delivery-medium').check()
    await expect(summary).toHaveCount(0)
    await expect(page.locator('#app-delivery-medium-error')).toHaveCount(0)

    // Now the channel is missing; the language changes and every problem is said in the new one.
    await page.getByRole('button', { name: words.continue, exact: true }).click()
    await expect(summary.locator('a')).toHaveText([words.channelMissing])
    await expectSummaryLinksToControls(page)
    await switchLanguage(page, other)
    await expect(page.locator('h1')).toHaveText(WORDS[other].deliveryHeading)
    await expect(summary.locator('a')).toHaveText([WORDS[other].channelMissing])
    await expect(page.locator('#app-delivery-channel-error')).toContainText(
      WORDS[other].channelMissing,
    )
    await look(page, 'delivery-channel-missing', other, mode)
    await summary.locator('a').click()
    await expectFocusOn(page, 'app-delivery-channel')
    await switchLanguage(page, lang)
    await page.locator('#app-delivery-channel-1').check()
    await expect(summary).toHaveCount(0)
    await page.getByRole('button', { name: words.continue, exact: true }).click()
    await page.waitForURL('**/disclosure/apply/attachments')
    await settled(page)

    // A file of the wrong type: said beside the upload and in the summary; focus stays there.
    await page.locator('#app-attachments').setInputFiles(TEXT_FILE)
    await expect(page.locator('#app-attachments-error')).toContainText(words.notAFile)
    await expect(summary.locator('a')).toHaveText([words.notAFile])
    await expectFocusOn(page, 'app-attachments')
    await look(page, 'attachments-wrong-type', lang, mode)
    await summary.locator('a').click()
    await expectFocusOn(page, 'app-attachments')

    // A good file: uploaded, the problem gone, focus still with the upload.
    await page
      .locator('#app-attachments')
      .setInputFiles({ name: '照片说明.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(page.locator('.file-item')).toContainText('照片说明.pdf')
    await expect(summary).toHaveCount(0)
    await expectFocusOn(page, 'app-attachments')
    expect(pageErrors).toEqual([])
  })

  test(`${viewport}, ${mode}, ${lang}: the hotline intake's problems follow the answers and the language`, async ({
    page,
    pageErrors,
  }) => {
    await choose(page, lang, mode)
    await page.setViewportSize(VIEWPORTS[viewport])
    await page.goto('/hotline/new/type')
    await settled(page)
    const summary = page.locator('.error-summary')

    await page.getByRole('button', { name: words.continue, exact: true }).click()
    await expect(summary).toBeFocused()
    await expect(summary.locator('a')).toHaveText([words.typeMissing])
    await switchLanguage(page, other)
    await expect(summary.locator('a')).toHaveText([WORDS[other].typeMissing])
    await expect(page.locator('#hl-type-error')).toContainText(WORDS[other].typeMissing)
    await look(page, 'intake-type-missing', other, mode)
    await switchLanguage(page, lang)
    await page.locator('#hl-type').check()
    await expect(summary).toHaveCount(0)
    await page.getByRole('button', { name: words.continue, exact: true }).click()
    await page.waitForURL('**/hotline/new/details')
    await settled(page)

    await page.locator('#hl-attachmentIds').setInputFiles(TEXT_FILE)
    await expect(page.locator('#hl-attachmentIds-error')).toContainText(words.notAFile)
    await expect(summary.locator('a')).toHaveText([words.notAFile])
    await expectFocusOn(page, 'hl-attachmentIds')
    await look(page, 'intake-wrong-type', lang, mode)
    expect(pageErrors).toEqual([])
  })
}
