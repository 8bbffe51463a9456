import type { Page } from '@playwright/test'
import {
  csrfToken,
  choose,
  expect,
  expectNoAxeViolations,
  screenshot,
  settled,
  switchTo,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
  ownText,
} from './support'

/**
 * Disclosure requests (政府信息公开申请) from both sides, as new users would use them: a citizen
 * files one, the officer and the head of the OGI office handle it, the citizen follows it.
 */

const CITIZEN = 'citizen-demo'
const OFFICER = 'officer-huaibei'
const HEAD = 'officehead-huaibei'
const AGENCY = '淮北市人民政府'
const VALID_ID = '11010519491231002X'

/** A one-page PDF small enough to write here. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
)

/** Whether the file service answers (it is being built alongside these pages). */
async function filesEndpointExists(page: Page): Promise<boolean> {
  const response = await page.request.post('/api/disclosure/files', {
    headers: { 'X-XSRF-TOKEN': await csrfToken(page) },
    multipart: { file: { name: 'probe.pdf', mimeType: 'application/pdf', buffer: PDF } },
  })
  return response.status() !== 404 && response.status() !== 405
}

async function continueStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: '继续', exact: true }).click()
}

/** Fills in every step of the application form as a citizen. */
async function fillApplication(
  page: Page,
  { description, attach }: { description: string; attach: boolean },
): Promise<void> {
  await page.waitForURL('**/disclosure/apply/agency')
  await page.getByLabel('查找机关').fill('淮北市人民')
  await page.getByRole('radio', { name: AGENCY }).check()
  await continueStep(page)

  await page.waitForURL('**/disclosure/apply/applicant')
  await page.getByRole('radio', { name: '自然人' }).check()
  await page.getByLabel('姓名', { exact: true }).fill('张明')
  await page.getByLabel('身份证件类型').selectOption('RESIDENT_ID_CARD')
  await page.getByLabel('身份证件号码').fill(VALID_ID)
  await continueStep(page)

  await page.waitForURL('**/disclosure/apply/contact')
  await page.getByLabel('联系电话').fill('13800138000')
  await page.getByLabel('电子邮箱（选填）').fill('citizen@example.org')
  await continueStep(page)

  await page.waitForURL('**/disclosure/apply/information')
  await page.getByLabel('信息名称（选填）').fill('淮北市2025年老旧小区改造项目清单')
  await page.getByLabel('所需信息的描述').fill(description)
  await continueStep(page)

  await page.waitForURL('**/disclosure/apply/delivery')
  await page.getByRole('radio', { name: '电子' }).check()
  await page.getByRole('radio', { name: /网上获取/ }).check()
  await continueStep(page)

  await page.waitForURL('**/disclosure/apply/attachments')
  if (attach) {
    await page
      .getByLabel('附件', { exact: true })
      .setInputFiles({ name: '老旧小区照片说明.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(page.locator('.file-item')).toContainText('老旧小区照片说明.pdf')
  }
  await continueStep(page)
  await page.waitForURL('**/disclosure/apply/check')
}

/** Opens a request in the staff console by searching the queue for its number. */
async function openInQueue(page: Page, number: string): Promise<void> {
  await page.goto('/staff/disclosure')
  await settled(page)
  await page.getByLabel('搜索', { exact: true }).fill(number)
  await page.getByRole('button', { name: '筛选' }).click()
  await page.getByRole('link', { name: number }).click()
  await page.waitForURL(`**/staff/disclosure/${number}`)
  await expect(page.locator('h1')).toHaveText(`申请 ${number}`)
}

/** Chooses an action on the staff detail page; its form opens below the list. */
async function chooseAction(page: Page, name: string): Promise<void> {
  await page.locator('.action-list').getByRole('link', { name, exact: true }).click()
  await expect(page.locator('.action-form h3')).toHaveText(name)
}

test.describe('disclosure requests end to end', () => {
  test('a request goes from the citizen through the officer and the head and back', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(240_000)
    await page.setViewportSize(VIEWPORTS.mobile)
    await switchTo(page, CITIZEN, pageErrors)
    const withFiles = await filesEndpointExists(page)

    // The citizen starts from the page about disclosure requests.
    await page.goto('/disclosure')
    await settled(page)
    await page.getByRole('link', { name: '开始申请' }).click()
    await fillApplication(page, {
      description: ownText(
        '请提供2025年度淮北市相山区老旧小区改造项目的清单，包括项目名称、位置和投资额。',
      ),
      attach: withFiles,
    })
    await expect(page.locator('h1')).toHaveText('核对申请内容')
    await expect(page.locator('main')).toContainText(VALID_ID)
    await page.getByRole('button', { name: '提交申请' }).click()

    await page.waitForURL('**/disclosure/submitted/**')
    await expect(page.locator('h1')).toHaveText('申请已提交')
    const number = (await page.locator('.confirmation-reference').innerText()).trim()
    expect(number).not.toBe('')
    await expect(page.locator('main')).toContainText('收到申请之日')
    await expect(page.locator('.deadline-date time')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/)
    await expect(page.locator('.deadline-explanation li').first()).toContainText('收到申请')
    // The portal lives on 14 December 2026 without 2027's holiday arrangement: the deadline, in
    // January, is provisional and says why.
    await expect(page.locator('.deadline-date')).toContainText('2027年1月12日')
    await expect(page.locator('.deadline-date .provisional-mark')).toBeVisible()
    await expect(page.locator('.deadline-provisional')).toContainText('2027年节假日安排录入后确定')
    const receipt = page.getByRole('link', { name: '收到申请回执' })
    await expect(receipt).toBeVisible()
    const receiptPdf = await page.request.get((await receipt.getAttribute('href'))!)
    expect(receiptPdf.status()).toBe(200)
    expect(receiptPdf.headers()['content-type']).toContain('application/pdf')
    await screenshot(page, 'disclosure-submitted', 'zh-CN', 'normal')

    // It is listed under 我的申请 with its status.
    await page.getByRole('link', { name: '查看我的全部申请' }).click()
    await expect(page.locator('h1')).toHaveText('我的申请')
    const card = page.locator('.request-card', { hasText: number })
    await expect(card.locator('.state-tag')).toHaveText('已收到')

    // The officer finds it in the queue and asks for a correction.
    await switchTo(page, OFFICER, pageErrors)
    await openInQueue(page, number)
    await expect(page.locator('main')).toContainText('该申请人此前的申请')
    if (withFiles) {
      await expect(page.getByRole('link', { name: '老旧小区照片说明.pdf' })).toBeVisible()
    }
    await chooseAction(page, '告知补正')
    await page
      .getByLabel('需要补正的内容')
      .fill('请写明老旧小区所在的街道\n请说明所需清单的年份范围')
    await page.getByRole('button', { name: '发出补正告知' }).click()
    await expect(page.locator('.notice')).toContainText('已办理：告知补正')
    await expect(page.locator('.request-status .state-tag')).toHaveText('待补正')

    // The citizen sees what to correct and corrects it.
    await switchTo(page, CITIZEN, pageErrors)
    await page.goto(`/me/disclosure/${number}`)
    await settled(page)
    await expect(page.locator('.request-status .state-tag')).toHaveText('待补正')
    await expect(page.locator('.correction-items')).toContainText('请写明老旧小区所在的街道')
    await page
      .getByLabel('所需信息的描述')
      .fill(
        '请提供2025年度淮北市相山区东山街道老旧小区改造项目的清单，包括项目名称、位置和投资额。',
      )
    await page.getByRole('button', { name: '提交补正' }).click()
    await expect(page.locator('.notice')).toContainText('补正已提交')
    await expect(page.locator('.request-status .state-tag')).toHaveText('办理中')

    // The officer consults a third party, records its opinion and asks for more time.
    await switchTo(page, OFFICER, pageErrors)
    await openInQueue(page, number)
    await chooseAction(page, '征求第三方或其他机关意见')
    await page.getByRole('radio', { name: /第三方/ }).check()
    await page.getByLabel('第三方或机关名称').fill('淮北市某建设工程有限公司')
    await page.getByRole('button', { name: '登记征求意见' }).click()
    await expect(page.locator('.request-status .state-tag')).toHaveText('征求意见中')

    await chooseAction(page, '登记收到的意见')
    await page.getByRole('radio', { name: '同意公开', exact: true }).check()
    await page.getByLabel('意见摘要（选填）').fill('同意公开项目名称和位置，投资额涉及商业秘密。')
    await page.getByRole('button', { name: '登记意见' }).click()
    await expect(page.locator('.request-status .state-tag')).toHaveText('办理中')

    await chooseAction(page, '申请延长答复期限')
    await page.getByLabel('延长的工作日数').fill('2')
    await page.getByLabel('理由', { exact: true }).fill('涉及多个部门，需要汇总核实。')
    await page.getByRole('button', { name: '提交延期申请' }).click()
    await expect(page.locator('.request-status')).toContainText('延期待审批')
    await expect(page.locator('main')).toContainText('等待政府信息公开工作机构负责人审批')
    await expect(page.locator('.action-list').getByRole('link', { name: '答复' })).toHaveCount(0)

    // The head of the OGI office approves it.
    await switchTo(page, HEAD, pageErrors)
    await openInQueue(page, number)
    // From 1 November the head of the OGI office is reminded to have next year's calendar entered.
    await expect(page.locator('.calendar-year-banner')).toContainText(
      '国务院办公厅关于2027年部分节假日安排的通知',
    )
    await chooseAction(page, '批准延期')
    await expect(page.locator('.action-form')).toContainText('涉及多个部门，需要汇总核实。')
    await page.getByRole('button', { name: '批准延期' }).last().click()
    await expect(page.locator('.notice')).toContainText('已办理：批准延期')
    await expect(page.locator('.deadline-explanation')).toContainText('延长 2 个工作日')

    // The officer replies: partly disclosed.
    await switchTo(page, OFFICER, pageErrors)
    await openInQueue(page, number)
    await chooseAction(page, '答复')
    await page.getByRole('radio', { name: /（二）部分公开/ }).check()
    await expect(page.locator('#act-legalBasis-hint')).toContainText('第三十七条')
    await page.getByLabel('理由和说明').fill('项目投资额涉及第三方商业秘密，不予公开。')
    await page
      .getByLabel('不予公开的部分及理由')
      .fill('各项目的投资额：涉及第三方商业秘密（《条例》第十五条）。')
    if (withFiles) {
      await page
        .getByLabel('公开的信息（文件）')
        .setInputFiles({ name: '改造项目清单.pdf', mimeType: 'application/pdf', buffer: PDF })
      await expect(page.locator('.file-item')).toContainText('改造项目清单.pdf')
    }
    // The reply is read over as the letter will say it, then sent.
    await page.getByRole('button', { name: '继续', exact: true }).click()
    await expect(page.locator('.action-confirm h4')).toBeFocused()
    await expect(page.locator('.action-confirm')).toContainText('各项目的投资额')
    await page.getByRole('button', { name: '作出答复' }).click()
    await expect(page.locator('.request-status .state-tag')).toHaveText('已答复')
    await expect(page.locator('.reply-panel')).toContainText('部分公开')
    await screenshot(page, 'staff-disclosure-answered', 'zh-CN', 'normal')

    // The citizen sees every step and the reply.
    await switchTo(page, CITIZEN, pageErrors)
    await page.goto(`/me/disclosure/${number}`)
    await settled(page)
    await expect(page.locator('.request-status .state-tag')).toHaveText('已答复')
    const events = page.locator('.timeline-event')
    await expect(events).toHaveText([
      '收到申请',
      '告知补正',
      '收到补正',
      '征求第三方或其他机关意见',
      '收到意见',
      '延长答复期限',
      '作出答复',
    ])
    // What the third party said stays with the agency.
    await expect(page.locator('.timeline')).not.toContainText('淮北市某建设工程有限公司')
    await expect(page.locator('.reply-panel')).toContainText(
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    )
    await expect(page.locator('.reply-panel')).toContainText('各项目的投资额')
    await expect(page.locator('.reply-panel')).toContainText('60 日内依法申请行政复议')
    const letter = page.locator('.document-list').getByRole('link', {
      name: '政府信息公开申请答复告知书',
    })
    await expect(letter).toBeVisible()
    const letterPdf = await page.request.get((await letter.getAttribute('href'))!)
    expect(letterPdf.status()).toBe(200)
    expect(letterPdf.headers()['content-type']).toContain('application/pdf')
    if (withFiles) {
      // The citizen can open the information released with the reply, named as the agency named it.
      const released = page.locator('.reply-panel').getByRole('link', { name: '改造项目清单.pdf' })
      await expect(released).toHaveAttribute('download', '改造项目清单.pdf')
      const file = await page.request.get((await released.getAttribute('href'))!)
      expect(file.status()).toBe(200)
      expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    }
    await screenshot(page, 'my-disclosure-answered', 'zh-CN', 'normal')
    expect(pageErrors).toEqual([])
  })
})

/** A complete application of an organisation with an agent: every field of the form in use. */
const SEEDED_APPLICATION = {
  draft: {
    agency: '340600',
    agencyName: AGENCY,
    applicant: {
      type: 'organisation',
      organisationKind: 'COMMERCIAL_ENTERPRISE',
      name: '淮北示例商贸有限公司',
      creditCode: '9144030071526726XG',
      representative: '李华',
      idType: 'RESIDENT_ID_CARD',
      idNumber: VALID_ID,
      hasAgent: true,
      agent: {
        name: '王律师',
        idType: 'PASSPORT',
        idNumber: 'E12345678',
        powerOfAttorney: {
          id: 'seeded-file',
          fileName: '授权委托书.pdf',
          contentType: 'application/pdf',
          size: 48213,
        },
      },
    },
    contact: {
      phone: '0561-3012345',
      email: 'trade@example.org',
      postalAddress: '安徽省淮北市相山区人民中路 1 号',
      postalCode: '235000',
    },
    information: {
      title: '2025年度淮北市政府采购合同汇总',
      documentNumber: '淮政办〔2025〕8号',
      description: ownText(
        '请提供2025年度淮北市政府采购合同的汇总表，包括合同名称、供应商和金额。',
      ),
    },
    delivery: { medium: 'PAPER', channel: 'POST' },
    attachments: [
      { id: 'seeded-1', fileName: '营业执照.pdf', contentType: 'application/pdf', size: 120344 },
    ],
    insistAsDisclosure: false,
  },
  idempotencyKey: null,
  serverErrors: {},
}

/** Puts an application in progress into the tab's storage, as a reader halfway through has. */
async function seedApplication(page: Page): Promise<void> {
  await page.addInitScript((progress) => {
    if (!sessionStorage.getItem('gongkai.disclosure.application')) {
      sessionStorage.setItem('gongkai.disclosure.application', progress)
    }
  }, JSON.stringify(SEEDED_APPLICATION))
}

/** Files a request through the API, for pages that need one to show. */
async function fileRequestThroughApi(page: Page): Promise<string> {
  const response = await page.request.post('/api/disclosure/requests', {
    headers: {
      'X-XSRF-TOKEN': await csrfToken(page),
      'Idempotency-Key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    },
    data: {
      agency: '340600',
      applicant: {
        kind: 'NATURAL_PERSON',
        name: '张明',
        idType: 'RESIDENT_ID_CARD',
        idNumber: VALID_ID,
      },
      contact: { phone: '13800138000' },
      information: {
        title: '淮北市2025年公共厕所建设计划',
        description: ownText('请提供2025年淮北市公共厕所建设计划全文。'),
      },
      delivery: { medium: 'ELECTRONIC', channel: 'ONLINE' },
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { number: string }).number
}

const COMBINATIONS: { viewport: keyof typeof VIEWPORTS; mode: Mode; lang: Lang }[] = [
  { viewport: 'mobile', mode: 'normal', lang: 'zh-CN' },
  { viewport: 'desktop', mode: 'large', lang: 'zh-CN' },
  { viewport: 'mobile', mode: 'large', lang: 'en' },
  { viewport: 'desktop', mode: 'normal', lang: 'en' },
]

/** Checks the page as every page of the portal is checked: no sideways scrolling, axe clean. */
async function check(page: Page, name: string, lang: Lang, mode: Mode): Promise<void> {
  await settled(page)
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, `${name}: no sideways scrolling`).toBeLessThanOrEqual(0)
  await screenshot(page, name, lang, mode)
  await expectNoAxeViolations(page)
}

test.describe('disclosure pages pass the accessibility checks', () => {
  for (const { viewport, mode, lang } of COMBINATIONS) {
    test(`${viewport} ${mode} ${lang}`, async ({ page, pageErrors }) => {
      test.setTimeout(240_000)
      await page.setViewportSize(VIEWPORTS[viewport])
      await choose(page, lang, mode)
      await seedApplication(page)
      await switchTo(page, CITIZEN, pageErrors)

      for (const step of [
        'agency',
        'applicant',
        'contact',
        'information',
        'delivery',
        'attachments',
        'check',
      ]) {
        await page.goto(`/disclosure/apply/${step}`)
        await check(page, `apply-${step}`, lang, mode)
      }
      // The form's own error summary and messages, too.
      await page.goto('/disclosure/apply/contact')
      await settled(page)
      await page.locator('#app-contact-phone').fill('12345')
      await page.locator('.apply-form button[type="submit"]').click()
      await expect(page.locator('.error-summary')).toBeFocused()
      await check(page, 'apply-contact-errors', lang, mode)
      await page.locator('#app-contact-phone').fill('0561-3012345')

      const number = await fileRequestThroughApi(page)
      await page.goto(`/disclosure/submitted/${number}`)
      await check(page, 'disclosure-submitted', lang, mode)
      await page.goto('/me/disclosure')
      await check(page, 'my-disclosure', lang, mode)
      await page.goto(`/me/disclosure/${number}`)
      await check(page, 'my-disclosure-request', lang, mode)
      await page.locator('.withdrawal .button--warning').click()
      await expect(page.locator('#withdraw-reason')).toBeVisible()
      await check(page, 'my-disclosure-withdraw', lang, mode)

      await switchTo(page, OFFICER, pageErrors)
      await page.goto('/staff/disclosure')
      await check(page, 'staff-disclosure-queue', lang, mode)
      await page.goto(`/staff/disclosure/${number}?action=reply`)
      await settled(page)
      await page.locator('#act-outcome-PARTLY_DISCLOSED').check()
      await check(page, 'staff-disclosure-request', lang, mode)
      // 予以公开 with nothing released and no way of access: said before anything is sent.
      await page.locator('#act-outcome').check()
      await page.locator('#act-continue').click()
      await expect(page.locator('.error-summary')).toBeFocused()
      await expect(page.locator('.error-summary a')).toHaveAttribute('href', '#act-documents')
      await expect(page.locator('#act-documents-error')).toContainText(
        lang === 'en' ? 'Art. 36(2)' : '第三十六条第（二）项',
      )
      await check(page, 'staff-disclosure-reply-release-missing', lang, mode)
      // Every reply is confirmed on a summary of the letter before it is sent.
      await page.locator('#act-accessArrangements').fill('请于工作日到本机关政务公开窗口领取')
      await page.locator('#act-continue').click()
      await expect(page.locator('.action-confirm h4')).toBeFocused()
      await expect(page.locator('.action-confirm')).toContainText(
        '请于工作日到本机关政务公开窗口领取',
      )
      await expect(page.locator('#act-submit')).toBeVisible()
      await check(page, 'staff-disclosure-reply-confirm', lang, mode)
      await page.goto(`/staff/disclosure/${number}?action=consult`)
      await check(page, 'staff-disclosure-consult', lang, mode)
      await page.goto('/staff/disclosure/new')
      await check(page, 'staff-disclosure-new', lang, mode)
      expect(pageErrors).toEqual([])
    })
  }
})

test.describe('the application form', () => {
  test('a text that reads like a complaint is filed only once the citizen confirms it', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await switchTo(page, CITIZEN, pageErrors)
    await page.goto('/disclosure/apply')
    await fillApplication(page, {
      description: ownText('我要投诉小区物业乱收费，请提供物业收费标准的批复文件。'),
      attach: false,
    })
    await page.getByRole('button', { name: '提交申请' }).click()

    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('您的申请看起来是投诉、举报或信访')
    const warning = page.locator('.warning-panel')
    await expect(warning).toContainText('申请内容含有“投诉”等字样')
    await expect(warning.getByRole('link', { name: /12345 热线/ })).toHaveAttribute(
      'href',
      '/hotline',
    )
    await summary.getByRole('link').click()
    await expect(page.locator('#app-insistAsDisclosure')).toBeFocused()
    await expectNoAxeViolations(page)

    await page.getByLabel('我确认这是政府信息公开申请').check()
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.waitForURL('**/disclosure/submitted/**')
    await expect(page.locator('h1')).toHaveText('申请已提交')
    // The browser itself logs the 422 it was sent; the page handled it.
    expect(pageErrors.filter((error) => !/status of 422/.test(error))).toEqual([])
  })

  test("the backend's field problems are shown in the summary and beside each answer", async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await switchTo(page, CITIZEN, pageErrors)
    await page.goto('/disclosure/apply')
    await fillApplication(page, {
      description: ownText('请提供2025年淮北市城市道路维修计划。'),
      attach: false,
    })

    // The backend finds what the form's own checks let through (its rules may be stricter).
    let calls = 0
    await page.route('**/api/disclosure/requests', async (route) => {
      if (route.request().method() !== 'POST' || calls++ > 0) return route.fallback()
      await route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'urn:problem-type:gongkai:validation',
          title: '提交的内容有误',
          status: 400,
          detail: '请按提示修改标出的字段后重新提交。',
          errors: [
            { field: 'applicant.idNumber', message: '不是有效的公民身份号码' },
            { field: 'contact.phone', message: '格式不正确' },
          ],
        }),
      })
    })
    await page.getByRole('button', { name: '提交申请' }).click()
    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link')).toHaveText([
      '身份证件号码：不是有效的公民身份号码',
      '联系电话：格式不正确',
    ])
    await expect(page.locator('.check-answers-row', { hasText: '联系电话' })).toContainText(
      '格式不正确',
    )
    await expectNoAxeViolations(page)

    // The link leads to the field on its own page, with the problem beside it.
    await summary.getByRole('link', { name: /联系电话/ }).click()
    await page.waitForURL('**/disclosure/apply/contact?return=check#app-contact-phone')
    await expect(page.locator('#app-contact-phone')).toBeFocused()
    await expect(page.locator('#app-contact-phone-error')).toContainText('格式不正确')
    await page.locator('#app-contact-phone').fill('13900139000')
    await page.getByRole('button', { name: '保存并返回核对页' }).click()
    await page.waitForURL('**/disclosure/apply/check')
    await expect(page.locator('.check-answers-row', { hasText: '联系电话' })).not.toContainText(
      '格式不正确',
    )
    await expect(page.locator('.check-answers-row', { hasText: '身份证件号码' })).toContainText(
      '不是有效的公民身份号码',
    )

    // A reload keeps the answers (sessionStorage), never in localStorage.
    await page.reload()
    await settled(page)
    await expect(page.locator('main')).toContainText('13900139000')
    const stored = await page.evaluate(() => ({
      session: sessionStorage.getItem('gongkai.disclosure.application') ?? '',
      local: JSON.stringify(localStorage),
    }))
    expect(stored.session).toContain('13900139000')
    expect(stored.local).not.toContain('13900139000')

    await page.getByRole('button', { name: '提交申请' }).click()
    await page.waitForURL('**/disclosure/submitted/**')
    expect(
      await page.evaluate(() => sessionStorage.getItem('gongkai.disclosure.application')),
    ).toBeNull()
    expect(pageErrors.filter((error) => !/status of 400/.test(error))).toEqual([])
  })

  test("an agency's page starts an application to that agency", async ({ page, pageErrors }) => {
    await switchTo(page, CITIZEN, pageErrors)
    await page.goto('/agencies/340600')
    await settled(page)
    await page.getByRole('link', { name: '向本机关申请政府信息公开' }).click()
    await page.waitForURL('**/disclosure/apply/agency')
    await expect(page.getByRole('radio', { name: AGENCY })).toBeChecked()
    expect(pageErrors).toEqual([])
  })

  test('signing in from the form comes back to it', async ({ page }) => {
    await page.goto('/disclosure/apply')
    await settled(page)
    await expect(page.locator('h1')).toHaveText('申请政府信息公开')
    await page.locator('main').getByRole('link', { name: '登录' }).click()
    await page.locator('input[name="username"]').fill(CITIZEN)
    await page.locator('input[type="submit"]').click()
    await page.waitForURL('**/disclosure/apply/agency')
    await expect(page.locator('h1')).toHaveText('向哪个机关申请？')
  })
})

test.describe('keyboard only', () => {
  /** Presses Tab until the focused element matches, and fails if it takes too many presses. */
  async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    }
    throw new Error(`Tab never reached ${selector}`)
  }

  test('the error summary leads to each field and the form goes on', async ({
    page,
    pageErrors,
  }) => {
    await switchTo(page, CITIZEN, pageErrors)
    await page.goto('/disclosure/apply/agency')
    await settled(page)

    // Continue without choosing: the summary takes focus and its link leads to the choice.
    await tabTo(page, '.apply-form button[type="submit"]')
    await page.keyboard.press('Enter')
    await expect(page.locator('.error-summary')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveText('请选择受理机关')
    await page.keyboard.press('Enter')
    await expect(page.locator('#app-agency')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('#app-agency-1')).toBeChecked()
    await tabTo(page, '.apply-form button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/disclosure/apply/applicant')

    // Three problems on the next step, each reached from the summary.
    await tabTo(page, '.apply-form button[type="submit"]')
    await page.keyboard.press('Enter')
    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary.locator('a')).toHaveText([
      '请选择申请人类型',
      '请输入姓名',
      '请选择身份证件类型',
      '请输入身份证件号码',
    ])
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.locator('#app-applicant-kind')).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page.locator('#app-applicant-kind')).toBeChecked()
    // The problem put right leaves the summary; the others stay.
    await expect(summary.locator('a')).toHaveText([
      '请输入姓名',
      '请选择身份证件类型',
      '请输入身份证件号码',
    ])

    await summary.focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.locator('#app-applicant-name')).toBeFocused()
    await page.keyboard.type('张明')
    await page.keyboard.press('Tab')
    await expect(page.locator('#app-applicant-idType')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await expect(page.locator('#app-applicant-idNumber')).toBeFocused()
    await page.keyboard.type(VALID_ID)
    await tabTo(page, '.apply-form button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/disclosure/apply/contact')
    await expect(page.locator('h1')).toHaveText('联系方式')
    expect(pageErrors).toEqual([])
  })
})

test.describe('the staff console', () => {
  test("the queue opens with today's deadline reminders of the agency", async ({
    page,
    pageErrors,
  }) => {
    await switchTo(page, OFFICER, pageErrors)
    await page.goto('/staff/disclosure')
    await settled(page)
    // The demo data holds an overdue and an at-risk request of 淮北市人民政府.
    const reminders = page.getByRole('region', { name: '到期提醒' })
    await expect(reminders).toBeVisible()
    await expect(reminders).toContainText('已逾期')
    await expect(reminders).toContainText('还剩')
    // This year's register of requests downloads as a spreadsheet file.
    const register = page.getByRole('link', { name: /年政府信息公开申请登记台账/ }).first()
    const csv = await page.request.get((await register.getAttribute('href'))!)
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect(await csv.text()).toContain('申请编号,收到申请日期')
    await reminders.getByRole('link').first().click()
    await page.waitForURL('**/staff/disclosure/340600-*')
    expect(pageErrors).toEqual([])
  })

  test('an officer registers a paper application, takes it on and finds it in the queue', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await switchTo(page, OFFICER, pageErrors)
    await page.goto('/staff/disclosure')
    await settled(page)
    await page.getByRole('link', { name: '登记线下申请' }).click()
    await page.waitForURL('**/staff/disclosure/new')
    await expect(page.locator('main')).toContainText(AGENCY)

    // Submitting it empty lists every missing answer.
    await page.getByRole('button', { name: '登记申请' }).click()
    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('请选择提交方式')
    await expect(summary).toContainText('请输入联系电话')

    await page.getByRole('radio', { name: /当面提交/ }).check()
    await page.getByRole('radio', { name: '自然人' }).check()
    await page.getByLabel('姓名', { exact: true }).fill('李秀英')
    await page.getByLabel('身份证件类型').selectOption('RESIDENT_ID_CARD')
    await page.getByLabel('身份证件号码').fill(VALID_ID)
    await page.getByLabel('联系电话').fill('0561-3098765')
    await page.getByLabel('邮寄地址（选填）').fill('安徽省淮北市杜集区矿山集街道 8 号')
    await page.getByLabel('邮政编码（选填）').fill('235000')
    await page.getByLabel('所需信息的描述').fill('请提供杜集区2025年农村危房改造补助名单。')
    await page.getByRole('radio', { name: '纸质' }).check()
    await page.getByRole('radio', { name: /邮寄/ }).last().check()
    await page.getByRole('button', { name: '登记申请' }).click()

    await page.waitForURL(/\/staff\/disclosure\/340600-/)
    const number = decodeURIComponent(page.url().split('/').pop()!)
    await expect(page.locator('main')).toContainText('当面提交')
    await expect(page.locator('.timeline-event').first()).toHaveText('收到申请')

    await chooseAction(page, '分配经办人')
    await expect(page.getByLabel('经办人账号')).not.toHaveValue('')
    await page.getByRole('button', { name: '分配', exact: true }).click()
    await expect(page.locator('.notice')).toContainText('已办理：分配经办人')

    await chooseAction(page, '受理')
    await page.getByRole('button', { name: '确认受理' }).click()
    await expect(page.locator('.request-status .state-tag')).toHaveText('办理中')

    // The queue: assigned to me, and the overdue filter shows overdue requests only.
    await page.goto('/staff/disclosure')
    await settled(page)
    await page.getByLabel('只看分配给我的').check()
    await page.getByRole('button', { name: '筛选' }).click()
    await expect(page).toHaveURL(/assignee=me/)
    await expect(page.getByRole('link', { name: number })).toBeVisible()
    await page.getByRole('link', { name: '清除筛选条件' }).click()
    await page.getByLabel('期限').selectOption('overdue')
    await page.getByRole('button', { name: '筛选' }).click()
    await expect(page).toHaveURL(/due=overdue/)
    await settled(page)
    const cards = page.locator('.request-card')
    for (let i = 0; i < (await cards.count()); i++) {
      await expect(cards.nth(i).locator('.badge--overdue')).toContainText('已逾期')
    }
    expect(pageErrors).toEqual([])
  })

  test('a citizen cannot act on a request as staff, and sees no staff details', async ({
    page,
    pageErrors,
  }) => {
    await switchTo(page, CITIZEN, pageErrors)
    const number = await fileRequestThroughApi(page)
    const act = await page.request.post(`/api/staff/disclosure/requests/${number}/actions/accept`, {
      headers: { 'X-XSRF-TOKEN': await csrfToken(page) },
      data: {},
    })
    expect(act.status()).toBe(403)
    await page.goto(`/staff/disclosure/${number}`)
    await settled(page)
    await expect(page.locator('main')).toContainText('工作台仅供机关工作人员使用')
  })

  test('an action on a request someone else changed meanwhile says so and reloads', async ({
    page,
    pageErrors,
  }) => {
    await switchTo(page, CITIZEN, pageErrors)
    const number = await fileRequestThroughApi(page)
    await switchTo(page, OFFICER, pageErrors)
    await page.goto(`/staff/disclosure/${number}?action=accept`)
    await settled(page)
    // A colleague accepts it first.
    const accepted = await page.request.post(
      `/api/staff/disclosure/requests/${number}/actions/accept`,
      { headers: { 'X-XSRF-TOKEN': await csrfToken(page) }, data: {} },
    )
    expect(accepted.status()).toBe(200)
    await page.getByRole('button', { name: '确认受理' }).click()
    await expect(page.locator('.notice')).toContainText('操作未完成')
    await expect(page.locator('.notice')).toBeFocused()
    await expect(page.locator('.request-status .state-tag')).toHaveText('办理中')
    await expect(page.locator('.action-list').getByRole('link', { name: '受理' })).toHaveCount(0)
    expect(pageErrors.filter((error) => !/status of 409/.test(error))).toEqual([])
  })
})

test('a citizen withdraws a request after confirming it', async ({ page, pageErrors }) => {
  await switchTo(page, CITIZEN, pageErrors)
  const number = await fileRequestThroughApi(page)
  await page.goto('/me')
  await settled(page)
  await page.getByRole('link', { name: '我的政府信息公开申请' }).click()
  await page.getByRole('link', { name: number }).click()
  await page.waitForURL(`**/me/disclosure/${number}`)
  await page.getByRole('button', { name: '撤回这份申请' }).click()
  await expect(page.getByRole('heading', { name: `确定要撤回申请 ${number} 吗？` })).toBeFocused()
  await page.getByRole('button', { name: '不撤回' }).click()
  await expect(page.getByRole('button', { name: '撤回这份申请' })).toBeFocused()
  await page.getByRole('button', { name: '撤回这份申请' }).click()
  await page.getByLabel('撤回理由（选填）').fill('已从其他渠道获得。')
  await page.getByRole('button', { name: '确定撤回' }).click()
  await expect(page.locator('.notice')).toContainText('申请已撤回')
  await expect(page.locator('.request-status .state-tag')).toHaveText('已撤回')
  await expect(page.locator('.timeline-event').last()).toHaveText('申请人撤回申请')
  await expect(page.getByRole('button', { name: '撤回这份申请' })).toHaveCount(0)
  expect(pageErrors).toEqual([])
})
