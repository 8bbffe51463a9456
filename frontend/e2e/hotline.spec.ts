import type { Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  screenshot,
  settled,
  switchTo,
  forgetSignIn,
  preferenceCookies,
  test,
  VIEWPORTS,
  type Lang,
  type Mode,
  ownText,
} from './support'

/**
 * The 12345 hotline from every side, as new users would use it: an enterprise complains about a
 * charge, the centre dispatches, one department returns it, another replies twice, the enterprise
 * rates; an anonymous enquiry is followed with its query code. Each journey runs at both widths,
 * and every page it passes is checked with axe.
 */

const ENTERPRISE = 'enterprise-demo'
const DISPATCHER = 'dispatcher-huaibei'
const MARKET_HANDLER = 'handler-huaibei-scjg'
const ENVIRONMENT_HANDLER = 'handler-huaibei-sthj'
const CREDIT_CODE = '91340603MA8N2K7Q3J'

/** A 1×1 PNG: a photo as far as the portal can tell from its bytes. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

async function checked(page: Page, name: string): Promise<void> {
  await settled(page)
  await expectNoSidewaysScrolling(page)
  await screenshot(page, name, 'zh-CN', 'normal')
  await expectNoAxeViolations(page)
}

/** A radio button by the words its label starts with (its hint follows in the same label). */
function radio(page: Page, label: string) {
  return page.getByRole('radio', { name: new RegExp(`^${label}`) })
}

async function continueStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: '继续', exact: true }).click()
}

/** Opens a staff action on the ticket, fills it in, checks its summary and sends it. */
async function act(
  page: Page,
  number: string,
  action: string,
  /** Fills the action's fields; null for an action that has none and opens on its summary. */
  fill: (() => Promise<void>) | null,
  submit: string,
): Promise<void> {
  await page.goto(`/staff/hotline/${number}`)
  await settled(page)
  await page.getByRole('link', { name: action, exact: true }).click()
  if (fill) {
    await fill()
    await page.getByRole('button', { name: '继续', exact: true }).click()
  }
  await expect(page.getByRole('button', { name: submit })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: submit }).click()
  await expect(page.locator(':focus')).toContainText(`已办理：${action}`)
}

async function rate(page: Page, number: string, rating: string, comment: string): Promise<void> {
  await page.goto(`/hotline/tickets/${number}`)
  await settled(page)
  await radio(page, rating).check()
  await page.getByLabel('评价意见（选填）').fill(comment)
  await page.getByRole('button', { name: '提交评价' }).click()
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test(`${width}: an enterprise's complaint goes round the closed loop, back once to a second reply`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(240_000)
    await page.setViewportSize(viewport)
    const title = `自来水公司向企业收取不合理的排污费（${width}）`

    // The enterprise files a 投诉 about a charge (营商环境) with a photo.
    await switchTo(page, ENTERPRISE, pageErrors)
    await page.goto('/hotline/new')
    await settled(page)
    await radio(page, '投诉').check()
    await checked(page, `hotline-${width}-type`)
    await continueStep(page)
    await settled(page)
    await page.getByLabel('查找事项').fill('收费')
    await radio(page, '涉企收费').check()
    await page.getByLabel('标题', { exact: true }).fill(title)
    await page
      .getByLabel('具体情况')
      .fill(
        ownText(
          '我公司在烈山区经营食品加工厂，本月被要求另行缴纳排污费 3 万元，没有出具任何收费依据。',
        ),
      )
    await page.getByLabel('所在区县').selectOption({ label: '淮北市烈山区' })
    await page.locator('input[type="file"]').setInputFiles({
      name: '收费单据.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    })
    await expect(page.locator('.file-name', { hasText: '收费单据.png' })).toBeVisible()
    await checked(page, `hotline-${width}-details`)
    await continueStep(page)
    await settled(page)
    await radio(page, '代表企业').check()
    await page.getByLabel('企业名称').fill('淮北市烈山区惠民食品有限公司')
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE)
    await page.getByLabel('联系人姓名').fill('李华')
    await page.getByLabel('手机号码').fill('13800000123')
    await page.getByLabel(/同意公开答复内容/).check()
    await checked(page, `hotline-${width}-submitter`)
    await continueStep(page)
    await settled(page)
    await checked(page, `hotline-${width}-check`)
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.waitForURL(/\/hotline\/submitted\//)
    await checked(page, `hotline-${width}-submitted`)
    const number = decodeURIComponent(page.url().split('/').pop() ?? '')
    expect(number).toMatch(/^340600-\d{8}-\d{5}$/)
    // Signed in, the enterprise gets no query code: its sign-in is the key.
    await expect(page.getByText('请记下查询码')).toHaveCount(0)

    // The dispatcher sees it, with the catalogue's suggested lead, and dispatches it there.
    await switchTo(page, DISPATCHER, pageErrors)
    // The demo's tickets fill the queue: the new one is found by its number.
    await page.goto(`/staff/hotline?q=${number}`)
    await settled(page)
    await expect(page.getByRole('link', { name: number })).toBeVisible()
    await checked(page, `hotline-${width}-staff-queue`)
    await act(
      page,
      number,
      '派单',
      async () => {
        await expect(page.getByLabel('主办部门')).toHaveValue(/.+/)
        await page.getByLabel('主办部门').selectOption({ label: '淮北市市场监督管理局' })
      },
      '确认派单',
    )
    await checked(page, `hotline-${width}-dispatched`)

    // 市场监管局 returns it: the charge is a sewage fee, not theirs.
    await switchTo(page, MARKET_HANDLER, pageErrors)
    await act(
      page,
      number,
      '退单',
      () => page.getByLabel('退单理由').fill('所涉排污收费由生态环境部门监管，不属本局职责。'),
      '确认退单',
    )

    // The dispatcher reviews the return and re-dispatches (改派) to 生态环境局.
    await switchTo(page, DISPATCHER, pageErrors)
    await act(
      page,
      number,
      '派单',
      async () => {
        await page.getByLabel('主办部门').selectOption({ label: '淮北市生态环境局' })
      },
      '确认派单',
    )

    // 生态环境局 accepts and replies.
    await switchTo(page, ENVIRONMENT_HANDLER, pageErrors)
    await page.goto(`/staff/hotline?q=${number}`)
    await settled(page)
    await expect(page.getByRole('link', { name: number })).toBeVisible()
    await act(page, number, '签收', null, '确认签收')
    await act(
      page,
      number,
      '答复',
      () =>
        page
          .getByLabel('答复内容')
          .fill('经核查，该费用为供水企业代收的污水处理费，已要求其出示收费依据并提供明细。'),
      '确认答复',
    )

    // The enterprise is not satisfied: the ticket goes back once, under supervision.
    await switchTo(page, ENTERPRISE, pageErrors)
    await rate(page, number, '不满意', '没有说明为何要另缴三万元。')
    await expect(page.getByText('重办').first()).toBeVisible()
    await checked(page, `hotline-${width}-reopened`)

    // The same department replies again; the enterprise is satisfied and the ticket closes.
    await switchTo(page, ENVIRONMENT_HANDLER, pageErrors)
    await act(
      page,
      number,
      '答复',
      () =>
        page
          .getByLabel('答复内容')
          .fill('经复查，多收的排污费 3 万元已责令退还，并对收费单位立案调查。'),
      '确认答复',
    )
    await switchTo(page, ENTERPRISE, pageErrors)
    await rate(page, number, '满意', '已退还，谢谢。')
    await expect(page.getByText('已办结').first()).toBeVisible()
    await checked(page, `hotline-${width}-closed`)
    expect(pageErrors).toEqual([])
  })

  test(`${width}: an anonymous enquiry is followed with its query code and answered from the knowledge base`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await page.goto('/hotline/new')
    await settled(page)
    await radio(page, '咨询').check()
    await continueStep(page)
    await settled(page)
    await page.getByLabel('查找事项').fill('医保')
    await page.getByRole('radio').first().check()
    await page.getByLabel('标题', { exact: true }).fill(`异地看病怎么报销（${width}）`)
    await page
      .getByLabel('具体情况')
      .fill(ownText('我母亲要去外省住院，医保怎么办理异地就医备案，回来还能不能报销？'))
    // Knowledge-base answers come up while the person types.
    await expect(page.getByRole('heading', { name: '这些解答可能与您的问题有关' })).toBeVisible()
    await page.getByLabel('所在区县').selectOption({ label: '淮北市相山区' })
    await continueStep(page)
    await settled(page)
    await radio(page, '匿名').check()
    await continueStep(page)
    await settled(page)
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.waitForURL(/\/hotline\/submitted\//)
    await settled(page)
    const number = decodeURIComponent(page.url().split('/').pop() ?? '')
    const code = (await page.locator('.query-code-value').innerText()).trim()
    expect(code).toMatch(/^[2-9A-Z]{12}$/)

    // The dispatcher answers it from the knowledge base.
    await switchTo(page, DISPATCHER, pageErrors)
    await act(
      page,
      number,
      '知识库答复',
      async () => {
        await expect(page.getByRole('radio').first()).toBeVisible()
        await page.getByRole('radio').first().check()
      },
      '确认以此解答办结',
    )

    // Anyone with the number and the code follows it; a wrong code reads as a wrong number.
    await forgetSignIn(page)
    await page.goto('/hotline/track')
    await settled(page)
    await page.getByLabel('工单编号').fill(number)
    await page.getByLabel('查询码').fill('22222222222Z')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await expect(page.getByText('没有找到这张工单，请核对工单编号和查询码。').first()).toBeVisible()
    await checked(page, `hotline-${width}-track-wrong`)
    await page.getByLabel('查询码').fill(code)
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.waitForURL(/\/hotline\/tickets\//)
    await settled(page)
    await expect(page.getByText('已由知识库解答').first()).toBeVisible()
    expect(page.url()).not.toContain(code)
    await checked(page, `hotline-${width}-answered`)
    expect(pageErrors).toEqual([])
  })
}

test('an emergency told in words of its own brings up the numbers to call before anything is sent', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.mobile)
  await page.goto('/hotline/new')
  await settled(page)
  await radio(page, '求助').check()
  await continueStep(page)
  await settled(page)
  await page.getByLabel('查找事项').fill('消防')
  await page.getByRole('radio').first().check()
  await page.getByLabel('标题', { exact: true }).fill('楼道起火')
  await page.getByLabel('具体情况').fill('楼道里全是黑烟，电动车棚那边火苗蹿得老高')
  await page.getByLabel('所在区县').selectOption({ label: '淮北市相山区' })
  const notice = page.getByRole('alert').filter({ hasText: '119' })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('link', { name: /119/ })).toHaveAttribute('href', 'tel:119')
  // Going on with the notice showing takes the person to it first.
  await continueStep(page)
  await expect(notice).toBeFocused()
  await checked(page, 'hotline-emergency')
})

test('a request for government information is pointed to the disclosure application', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.desktop)
  await page.goto('/hotline/new')
  await settled(page)
  await radio(page, '咨询').check()
  await continueStep(page)
  await settled(page)
  await page.getByLabel('具体情况').fill('我想要去年旧城改造项目征收范围的红线图，能不能给我一份')
  const redirect = page.getByRole('region', { name: '这类事项有专门的渠道' })
  await expect(redirect.getByRole('link', { name: '申请政府信息公开' })).toHaveAttribute(
    'href',
    '/disclosure',
  )
})

/** The portal's API as the signed-in user, through the page's own cookies and CSRF token. */
async function api<T>(
  page: Page,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  let token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value
  if (!token && method === 'POST') {
    await page.request.get('/api/csrf')
    token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value
  }
  const response = await page.request.fetch(path, {
    method,
    data: body,
    headers: { ...headers, ...(token && method === 'POST' ? { 'X-XSRF-TOKEN': token } : {}) },
  })
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
  return (await response.json()) as T
}

interface Catalogue {
  regions: { id: string; name: string }[]
  matters: {
    code: string
    businessEnvironment: boolean
    leadDepartment: { id: string; name: string }
  }[]
}

/**
 * A citizen's complaint the person allowed to be published, dispatched to 生态环境局 and replied to
 * with a name and a number in the reply: what the dispatcher then checks. Made through the API,
 * since the pages that make it are the journeys above.
 */
async function repliedForPublication(
  page: Page,
  title: string,
  pageErrors: string[],
): Promise<string> {
  await switchTo(page, 'citizen-demo', pageErrors)
  const catalogue = await api<Catalogue>(page, 'GET', '/api/hotline/catalogue')
  const matter = catalogue.matters.find(
    (candidate) =>
      candidate.leadDepartment.name === '淮北市生态环境局' && !candidate.businessEnvironment,
  )!
  const created = await api<{ number: string }>(
    page,
    'POST',
    '/api/hotline/tickets',
    {
      type: 'COMPLAINT',
      categoryCode: matter.code,
      title,
      description: ownText('我叫张明，住相山区惠黎街道，楼下工地每晚施工到凌晨，手机13812345678。'),
      place: { regionId: catalogue.regions[0]!.id, address: '相山区惠黎街道' },
      happenedOn: '2026-12-10',
      attachmentIds: [],
      publishReply: true,
      submitter: { kind: 'CITIZEN', name: '张明', phone: '13812345678' },
    },
    { 'Idempotency-Key': crypto.randomUUID() },
  )
  const number = created.number
  const staff = `/api/staff/hotline/tickets/${number}`
  await switchTo(page, DISPATCHER, pageErrors)
  await api(page, 'POST', `${staff}/dispatch`, { leadDepartmentId: matter.leadDepartment.id })
  await switchTo(page, ENVIRONMENT_HANDLER, pageErrors)
  await api(page, 'POST', `${staff}/accept`, {})
  await api(page, 'POST', `${staff}/reply`, {
    text: '张明先生：经查，该工地夜间施工未办理许可，已责令停止夜间作业。如有疑问请拨打13812345678回访。',
    attachmentIds: [],
  })
  return number
}

/** Opens a page in a language and mode, as a reader who chose them earlier would see it. */
async function viewIn(page: Page, path: string, lang: Lang, mode: Mode): Promise<void> {
  await page.context().addCookies(preferenceCookies(lang, mode))
  await page.goto(path)
  await settled(page)
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page.locator('html')).toHaveClass(
    mode === 'large' ? /large-text/ : /^(?!.*large-text)/,
  )
  await expectNoSidewaysScrolling(page)
  await screenshot(page, path.slice(1).replace(/[/?=&]/g, '-'), lang, mode)
  await expectNoAxeViolations(page)
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test(`${width}: the dispatcher finds a reply in 待审核公开, approves it edited, and the board shows it`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(180_000)
    await page.setViewportSize(viewport)
    const title = `工地夜间施工扰民（${width} ${Math.random().toString(36).slice(2, 7)}）`
    const number = await repliedForPublication(page, title, pageErrors)

    // The ticket pages, in 大字版 and in English, are checked with axe at this width: the person's
    // own page with the reply, and the dispatcher's with the publication check.
    await switchTo(page, 'citizen-demo', pageErrors)
    for (const [lang, mode] of [
      ['zh-CN', 'large'],
      ['en', 'normal'],
    ] as const)
      await viewIn(page, `/hotline/tickets/${number}`, lang, mode)
    await switchTo(page, DISPATCHER, pageErrors)
    for (const [lang, mode] of [
      ['zh-CN', 'large'],
      ['en', 'normal'],
    ] as const) {
      await viewIn(page, `/staff/hotline/${number}`, lang, mode)
      await expect(page.locator('.publication-panel .redaction-mask').first()).toBeVisible()
    }
    await page.context().addCookies(preferenceCookies('zh-CN', 'normal'))

    // 待审核公开: the dispatcher narrows the queue to the replies waiting for the check.
    await page.goto('/staff/hotline')
    await settled(page)
    await page.getByRole('checkbox', { name: '待审核公开' }).check()
    await page.locator('#hl-queue-q').fill(number)
    await page.getByRole('button', { name: '筛选', exact: true }).click()
    await expect(page).toHaveURL(/publication=pending/)
    await settled(page)
    await page.getByRole('link', { name: number }).click()
    await settled(page)
    const panel = page.locator('.publication-panel')
    await expect(panel.locator('.badge')).toHaveText('待审核公开')
    // The masks stand where the name and the number were; the original is there to compare.
    const masked = panel.locator('#hl-pub-view-text-redacted')
    await expect(masked.locator('.redaction-mask')).toContainText(['〔姓名〕', '〔电话〕'])
    await expect(masked).not.toContainText(/张明|13812345678/)
    await expect(panel.getByText('原文（仅供对照，不公开）').first()).toBeVisible()
    await checked(page, `hotline-${width}-publication-check`)

    await panel.getByRole('link', { name: '审核通过并公开' }).click()
    const text = page.getByLabel('答复内容', { exact: true })
    const redacted = await text.inputValue()
    expect(redacted).toContain('〔电话〕')
    const edited = redacted.replace(/如有疑问.*$/, '').trim()
    await text.fill(edited)
    await page.getByRole('button', { name: '继续', exact: true }).click()
    await expect(page.getByRole('button', { name: '确认公开' })).toBeVisible()
    await expect(page.locator('.action-confirm')).toContainText(edited)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: '确认公开' }).click()
    await expect(page.locator(':focus')).toContainText('答复已在回复公开栏公开。')
    await expect(panel.locator('.badge')).toHaveText('已公开')
    await expect(panel).toContainText(edited)
    await checked(page, `hotline-${width}-published`)

    // The public board's API now holds it, as edited, without the person's name or number.
    const board = await api<{ items: { number: string; reply: string }[] }>(
      page,
      'GET',
      '/api/hotline/board',
    )
    const onBoard = board.items.find((item) => item.number === number)
    expect(onBoard, JSON.stringify(board.items.map((item) => item.number))).toBeTruthy()
    expect(JSON.stringify(onBoard)).toContain('已责令停止夜间作业')
    expect(JSON.stringify(onBoard)).not.toMatch(/张明|13812345678/)
    expect(pageErrors).toEqual([])
  })
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test(`${width}: every step of the intake and its confirmation pass axe in 大字版 and in English`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await page.setViewportSize(viewport)
    await page.goto('/hotline/new')
    await settled(page)
    await radio(page, '建议').check()
    await continueStep(page)
    await settled(page)
    await page.getByLabel('查找事项').fill('医保')
    await page.getByRole('radio').first().check()
    await page.getByLabel('标题', { exact: true }).fill(`建议增加医保服务窗口（${width}）`)
    await page
      .getByLabel('具体情况')
      .fill(ownText('周一上午医保窗口排队时间很长，建议增加窗口或开通网上预约。'))
    await page.getByLabel('所在区县').selectOption({ label: '淮北市相山区' })
    await continueStep(page)
    await settled(page)
    await radio(page, '匿名').check()
    await continueStep(page)
    await settled(page)
    await expect(page).toHaveURL(/\/hotline\/new\/check/)

    // The draft stays with the tab: each step is seen again as a reader in 大字版 or in English would.
    for (const [lang, mode] of [
      ['zh-CN', 'large'],
      ['en', 'normal'],
      ['en', 'large'],
    ] as const) {
      for (const step of ['type', 'details', 'submitter', 'check'])
        await viewIn(page, `/hotline/new/${step}`, lang, mode)
    }
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.waitForURL(/\/hotline\/submitted\//)
    const submitted = new URL(page.url()).pathname
    for (const [lang, mode] of [
      ['en', 'large'],
      ['zh-CN', 'large'],
    ] as const)
      await viewIn(page, submitted, lang, mode)
  })
}
