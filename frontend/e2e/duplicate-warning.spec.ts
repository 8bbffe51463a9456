import type { Page } from '@playwright/test'
import {
  choose,
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  logIn,
  ownText,
  screenshot,
  settled,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
} from './support'

/**
 * 重复提交提醒: a person who files the same disclosure application, or the same hotline matter,
 * a second time is told on the confirmation step that they filed it on that day under that
 * number, with a link to it; they can go back and change it, or file it anyway (a new filing).
 * At both widths, in 大字版 and in English, each warning checked with axe.
 */

const COMBINATIONS: { viewport: keyof typeof VIEWPORTS; mode: Mode; lang: Lang }[] = [
  { viewport: 'mobile', mode: 'large', lang: 'zh-CN' },
  { viewport: 'desktop', mode: 'normal', lang: 'en' },
  { viewport: 'mobile', mode: 'normal', lang: 'en' },
  { viewport: 'desktop', mode: 'large', lang: 'zh-CN' },
]

const WORDS = {
  'zh-CN': {
    applyText: (day: string, number: string) =>
      `您已于 ${day} 提交过内容相同的申请（编号 ${number}）。`,
    applyAnyway: '仍要提交新的申请',
    applyBack: '返回修改申请内容',
    applyView: (number: string) => `查看申请 ${number}`,
    hotlineText: (day: string, number: string) =>
      `您已于 ${day} 提交过内容相同的诉求（工单编号 ${number}）。`,
    hotlineAnyway: '仍要提交新的诉求',
    hotlineBack: '返回修改诉求内容',
    hotlineView: (number: string) => `查看工单 ${number}`,
    day: '2026年12月14日',
  },
  en: {
    applyText: (day: string, number: string) =>
      `You filed an application with the same content on ${day} (number ${number}).`,
    applyAnyway: 'Submit a new application anyway',
    applyBack: 'Go back and change the application',
    applyView: (number: string) => `View application ${number}`,
    hotlineText: (day: string, number: string) =>
      `You raised a matter with the same content on ${day} (ticket number ${number}).`,
    hotlineAnyway: 'Submit a new ticket anyway',
    hotlineBack: 'Go back and change the matter',
    hotlineView: (number: string) => `View ticket ${number}`,
    day: '14 December 2026',
  },
} as const

/** A whole application, as the tab keeps it when the reader reaches the confirmation step. */
function application(description: string) {
  return {
    draft: {
      agency: '340600',
      agencyName: '淮北市人民政府',
      applicant: {
        type: 'person',
        name: '张明',
        idType: 'RESIDENT_ID_CARD',
        idNumber: '11010519491231002X',
      },
      contact: { phone: '13800138000', email: 'zhang.ming@example.org' },
      information: { title: '2025年城市排水防涝设施建设情况', description },
      delivery: { medium: 'ELECTRONIC', channel: 'EMAIL' },
      attachments: [],
    },
    idempotencyKey: null,
    serverErrors: {},
  }
}

interface Catalogue {
  regions: { id: string; name: string }[]
  matters: { code: string; name: string }[]
}

/** A whole hotline matter, as the tab keeps it on the confirmation step. */
function ticket(catalogue: Catalogue, description: string) {
  const matter = catalogue.matters[0]!
  const region = catalogue.regions[0]!
  return {
    draft: {
      type: 'SUGGESTION',
      categoryCode: matter.code,
      categoryName: matter.name,
      title: '建议公交站增设遮阳棚',
      description,
      place: { regionId: region.id, regionName: region.name, address: '相山区人民路公交站' },
      happenedOn: '',
      attachments: [],
      submitter: { kind: 'CITIZEN', name: '张明', phone: '13812345678' },
      publishReply: false,
    },
    idempotencyKey: null,
    serverErrors: {},
  }
}

/** Puts a form at its confirmation step and sends it. */
async function fileFromCheck(
  page: Page,
  key: string,
  progress: unknown,
  check: string,
  submitId: string,
): Promise<void> {
  await page.evaluate(
    ([key, value]) => sessionStorage.setItem(key!, value!),
    [key, JSON.stringify(progress)],
  )
  await page.goto(check)
  await settled(page)
  await page.locator(`#${submitId}`).click()
}

/** The browser logs every 4xx answer as an error: the 409 is the warning itself. */
function isNotTheWarning(error: string): boolean {
  return !/status of 409/.test(error)
}

async function look(page: Page, name: string, lang: Lang, mode: Mode): Promise<void> {
  await expectNoSidewaysScrolling(page)
  await screenshot(page, name, lang, mode)
  await expectNoAxeViolations(page)
}

for (const { viewport, mode, lang } of COMBINATIONS) {
  const words = WORDS[lang]

  test(`${viewport}, ${mode}, ${lang}: the same disclosure application twice is named before it is filed again`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await choose(page, lang, mode)
    await logIn(page, 'citizen-demo')
    pageErrors.length = 0
    await page.setViewportSize(VIEWPORTS[viewport])
    const same = application(ownText('请提供2025年淮北市城市排水防涝设施建设和改造情况。'))
    const file = () =>
      fileFromCheck(
        page,
        'gongkai.disclosure.application',
        same,
        '/disclosure/apply/check',
        'app-submit',
      )

    await file()
    await page.waitForURL(/\/disclosure\/submitted\//)
    const first = decodeURIComponent(page.url().split('/').pop() ?? '')

    // The same again, with the spaces of another paste: the first is named, and nothing is filed.
    same.draft.information.description = `  ${same.draft.information.description.replace('，', ' ， ')}`
    await file()
    const warning = page.locator('.duplicate-warning')
    await expect(warning.locator('h2')).toBeFocused()
    await expect(warning.locator('.duplicate-warning-text')).toHaveText(
      words.applyText(words.day, first),
    )
    await expect(page).toHaveURL(/\/disclosure\/apply\/check$/)
    await look(page, 'duplicate-application', lang, mode)

    // Its link leads to the earlier application.
    await warning.getByRole('link', { name: words.applyView(first) }).click()
    await expect(page).toHaveURL(`/me/disclosure/${encodeURIComponent(first)}`)
    await settled(page)
    await expect(page.getByText(first).first()).toBeVisible()

    // Back to change it: the step with what is asked for.
    await file()
    await warning.getByRole('button', { name: words.applyBack }).click()
    await expect(page).toHaveURL(/\/disclosure\/apply\/information\?return=check$/)

    // Filed anyway: a new application of its own.
    await file()
    await warning.getByRole('button', { name: words.applyAnyway }).click()
    await page.waitForURL(/\/disclosure\/submitted\//)
    const second = decodeURIComponent(page.url().split('/').pop() ?? '')
    expect(second).not.toBe(first)
    expect(pageErrors.filter(isNotTheWarning)).toEqual([])
  })

  test(`${viewport}, ${mode}, ${lang}: the same hotline matter twice is named before it is raised again`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await choose(page, lang, mode)
    await logIn(page, 'citizen-demo')
    pageErrors.length = 0
    await page.setViewportSize(VIEWPORTS[viewport])
    const catalogue = (await (await page.request.get('/api/hotline/catalogue')).json()) as Catalogue
    const same = ticket(catalogue, ownText('人民路公交站没有遮阳棚，夏天候车很晒，建议增设。'))
    const file = () =>
      fileFromCheck(page, 'gongkai.hotline.intake', same, '/hotline/new/check', 'hl-submit')

    await file()
    await page.waitForURL(/\/hotline\/submitted\//)
    const first = decodeURIComponent(page.url().split('/').pop() ?? '')

    await file()
    const warning = page.locator('.duplicate-warning')
    await expect(warning.locator('h2')).toBeFocused()
    await expect(warning.locator('.duplicate-warning-text')).toHaveText(
      words.hotlineText(words.day, first),
    )
    await look(page, 'duplicate-ticket', lang, mode)

    await warning.getByRole('link', { name: words.hotlineView(first) }).click()
    await expect(page).toHaveURL(`/hotline/tickets/${encodeURIComponent(first)}`)
    await settled(page)
    await expect(page.getByText(first).first()).toBeVisible()

    await file()
    await warning.getByRole('button', { name: words.hotlineBack }).click()
    await expect(page).toHaveURL(/\/hotline\/new\/details\?return=check$/)

    await file()
    await warning.getByRole('button', { name: words.hotlineAnyway }).click()
    await page.waitForURL(/\/hotline\/submitted\//)
    const second = decodeURIComponent(page.url().split('/').pop() ?? '')
    expect(second).not.toBe(first)
    expect(pageErrors.filter(isNotTheWarning)).toEqual([])
  })
}
