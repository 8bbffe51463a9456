import type { Page } from '@playwright/test'
import {
  csrfToken,
  checkBothWidths,
  expect,
  expectNoAxeViolations,
  settled,
  switchTo,
  test,
  VIEWPORTS,
} from './support'

/**
 * Annual reports (年度报告) in the staff console, as an agency's editor and publisher use them:
 * a report is drafted from its template with autosave and a live preview, reviewed, published,
 * and corrected; the public page shows each published version. Suixi (340621) has an editor and
 * a publisher among the demo users; its 2025 reports do not exist until these tests make them.
 */

const EDITOR = 'editor-suixi'
const PUBLISHER = 'publisher-suixi'
const TITLE = '濉溪县人民政府2025年法治政府建设年度报告'
const PUBLIC_PATH = '/reports/340621/2025/rule-of-law'
/** A figure's description, as readers who cannot see the image are told it. */
const FIGURE_ALT = '2025年规范性文件备案审查件数示意图'
/** A valid 1×1 PNG: the backend judges the type by the content. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const FIGURE_URL = /^\/reports\/images\/[0-9a-f-]{36}$/

/** Starts a report from its template on the list page; ends on its editor page. */
async function createReport(page: Page, year: string, kind: string): Promise<string> {
  await page.goto('/staff/reports')
  await settled(page)
  await expect(page.locator('h1')).toHaveText('年度报告')
  await page.getByRole('button', { name: '新建报告' }).click()
  await expect(page.getByRole('heading', { name: '新建报告' })).toBeFocused()
  await page.getByLabel('报告年度').fill(year)
  await page.getByRole('radio', { name: kind }).check()
  await page.getByRole('button', { name: '新建', exact: true }).click()
  await page.waitForURL(/\/staff\/reports\/[0-9a-f-]{36}$/)
  await settled(page)
  return page.url().split('/').pop()!
}

/** Waits for the draft to be saved by itself after an edit. */
async function expectAutosaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveText(/已自动保存 \d\d:\d\d:\d\d（第 \d+ 版）/, {
    timeout: 15_000,
  })
}

/** The first part's text box (正文), inside the first part's form. */
const firstBody = (page: Page) =>
  page.locator('.section-card').first().getByLabel('正文', { exact: true })

/** Chooses a workflow step; its form opens below the list. */
async function chooseAction(page: Page, name: string): Promise<void> {
  await page.locator('.action-list').getByRole('link', { name, exact: true }).click()
  await expect(page.locator('.action-form h3')).toHaveText(name)
}

/** Chooses a step and confirms it, and waits for the state it leads to. */
async function act(page: Page, name: string, confirm: string, state: string): Promise<void> {
  await chooseAction(page, name)
  await page.locator('.action-form').getByRole('button', { name: confirm }).click()
  await expect(page.locator('.notice[role="status"]')).toContainText(`已办理：${name}`)
  await expect(page.locator('.request-status .state-tag')).toHaveText(state)
}

test.describe('annual reports in the staff console', () => {
  test('a report is drafted, reviewed, published and corrected', async ({ page, pageErrors }) => {
    test.setTimeout(300_000)
    await page.setViewportSize(VIEWPORTS.mobile)

    // The editor starts the report from its template: five parts, as the rules require.
    await switchTo(page, EDITOR, pageErrors)
    const id = await createReport(page, '2025', '法治政府建设年度报告')
    await expect(page.locator('h1')).toHaveText(TITLE)
    await expect(page.locator('.request-status .state-tag')).toHaveText('草稿')
    await expect(page.locator('.section-card')).toHaveCount(5)
    await expect(page.locator('.section-legend').first()).toContainText(
      '一、2025年推进法治政府建设',
    )
    const nav = page.getByRole('navigation', { name: '工作台导航' })
    await expect(nav.getByRole('link', { name: '年度报告' })).toHaveAttribute(
      'aria-current',
      'true',
    )

    // Writing the first part: its preview follows (a table included), then it saves by itself.
    await firstBody(page).fill(
      '2025年，濉溪县坚持依法行政，全面推进法治政府建设。\n\n' +
        '| 事项 | 件数 |\n| --- | --- |\n| 规范性文件备案审查 | 12 |',
    )
    const preview = page.locator('.section-card').first().locator('.report-preview')
    await expect(preview).toContainText('坚持依法行政')
    await expect(preview.locator('table')).toContainText('规范性文件备案审查')
    await expectAutosaved(page)
    await expect(page.locator('.save-status')).toContainText('（第 2 版）')

    // The versions list the save; the change between versions 1 and 2 is shown line by line.
    await page.getByRole('button', { name: '比较' }).click()
    const diff = page.locator('.diff')
    await expect(diff.getByRole('heading')).toHaveText('第 1 版与第 2 版的差异')
    await expect(diff.locator('.diff-line--added').first()).toContainText('坚持依法行政')
    await expect(diff.locator('.diff-line--added ins').first()).toBeVisible()

    // A figure goes in after the table, in a paragraph of its own, with its description for
    // readers who cannot see it; the preview shows it and the draft saves by itself.
    const firstPart = page.locator('.section-card').first()
    await firstBody(page).focus()
    await firstBody(page).press('Control+End')
    await firstPart.getByRole('button', { name: '插入图片' }).click()
    await firstPart.getByLabel('图片文件').setInputFiles({
      name: '备案审查件数.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PNG, 'base64'),
    })
    await firstPart.getByLabel('图片说明（供看不到图片的读者使用）').fill(FIGURE_ALT)
    await firstPart.getByRole('button', { name: '上传并插入' }).click()
    await expect(firstBody(page)).toBeFocused()
    await expect(firstBody(page)).toHaveValue(
      new RegExp(`\\| 12 \\|\\n\\n!\\[${FIGURE_ALT}\\]\\(/reports/images/[0-9a-f-]{36}\\)$`),
    )
    await expectAutosaved(page)
    await expect(page.locator('.save-status')).toContainText('（第 3 版）')
    const figure = preview.locator('img')
    await expect(figure).toHaveAttribute('alt', FIGURE_ALT)
    await expect(figure).toHaveAttribute('src', FIGURE_URL)
    await expect
      .poll(() => figure.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(1)

    // The editor page has no accessibility violation at either width.
    await checkBothWidths(page, 'staff-report-editor')
    await page.setViewportSize(VIEWPORTS.mobile)

    await act(page, '提交审核', '确认提交审核', '待审核')
    await expect(page.locator('.report-form')).toHaveCount(0)

    // The publisher finds it in the list, approves it, schedules it and thinks better of it.
    await switchTo(page, PUBLISHER, pageErrors)
    await page.goto('/staff/reports')
    await settled(page)
    await page.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(`**/staff/reports/${id}`)
    await settled(page)
    await expect(page.locator('.full-preview')).toContainText('坚持依法行政')

    // Returning it needs a reason.
    await chooseAction(page, '退回修改')
    await page.locator('.action-form').getByRole('button', { name: '退回修改' }).click()
    const summary = page.locator('.action-form .error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('请填写理由')

    await act(page, '审核通过', '确认审核通过', '已审核')
    await chooseAction(page, '定时发布')
    await expect(page.getByLabel('发布时间（北京时间）')).toHaveValue(/^\d{4}-\d{2}-\d{2}T09:00$/)
    await page.locator('.action-form').getByRole('button', { name: '确认定时发布' }).click()
    await expect(page.locator('.request-status .state-tag')).toHaveText('定时发布')
    await expect(page.locator('.report-facts')).toContainText('定时发布时间')
    await act(page, '取消定时', '确认取消定时', '已审核')
    await act(page, '立即发布', '确认立即发布', '已发布')
    await expect(page.getByRole('link', { name: '查看公开页面' })).toHaveAttribute(
      'href',
      PUBLIC_PATH,
    )
    await expect(page.getByRole('link', { name: '下载 PDF 版' })).toHaveAttribute(
      'href',
      `${PUBLIC_PATH}.pdf`,
    )

    // The public reads it.
    await page.goto(PUBLIC_PATH)
    await expect(page.locator('h1')).toHaveText(TITLE)
    await expect(page.locator('main')).toContainText('坚持依法行政')
    await expect(page.locator('main table')).toContainText('规范性文件备案审查')
    const publicFigure = page.locator(`main img[alt="${FIGURE_ALT}"]`)
    await expect(publicFigure).toHaveAttribute('src', /^\/reports\/images\//)
    const image = await page.request.get((await publicFigure.getAttribute('src'))!)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toMatch(/^image\/png/)

    // The editor finds a mistake and corrects it.
    await switchTo(page, EDITOR, pageErrors)
    await page.goto(`/staff/reports/${id}`)
    await settled(page)
    await act(page, '发布更正', '开始更正', '草稿')
    await expect(page.locator('.request-status')).toContainText('更正草稿')
    await firstBody(page).fill(
      '2025年，濉溪县坚持依法行政，全面推进法治政府建设，全年审查规范性文件15件。',
    )
    await page.getByLabel('更正说明', { exact: true }).fill('更正第一部分中规范性文件审查的件数。')
    await expectAutosaved(page)

    await act(page, '提交审核', '确认提交审核', '待审核')

    await switchTo(page, PUBLISHER, pageErrors)
    await page.goto(`/staff/reports/${id}`)
    await settled(page)
    await expect(page.locator('main')).toContainText('更正第一部分中规范性文件审查的件数。')
    await act(page, '审核通过', '确认审核通过', '已审核')
    await act(page, '立即发布', '确认立即发布', '已发布')
    await expect(page.locator('.report-facts')).toContainText('已发布第 2 版')

    // The public page shows version 2 and the correction note.
    await page.goto(PUBLIC_PATH)
    await expect(page.locator('h1')).toHaveText(TITLE)
    await expect(page.locator('.report-facts')).toContainText('第2版')
    await expect(page.locator('.corrections')).toContainText('更正第一部分中规范性文件审查的件数。')
    await expect(page.locator('main')).toContainText('全年审查规范性文件15件')
    expect(pageErrors).toEqual([])
  })

  test("an OGI report's table 三 is checked against the records and by its rule", async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(VIEWPORTS.desktop)
    await switchTo(page, EDITOR, pageErrors)
    await createReport(page, '2025', '政府信息公开工作年度报告')
    await expect(page.locator('.section-card')).toHaveCount(6)
    await expect(page.getByRole('heading', { name: '表二 主动公开政府信息情况' })).toBeVisible()
    await expect(
      page.getByRole('heading', { name: '表四 政府信息公开行政复议、行政诉讼情况' }),
    ).toBeVisible()

    // The template starts from the records, so the table checks out.
    const requests = page.locator('#ogi-requests-section')
    await expect(requests).toContainText('表中数字与办理记录一致')
    await expect(requests.locator('.table-check-result')).toContainText('核对相符')
    await checkBothWidths(page, 'staff-report-ogi')

    // A number typed by hand: it is marked against the records and the column fails.
    await page.setViewportSize(VIEWPORTS.desktop)
    const received = page.locator('#ogi-requests-RECEIVED-0')
    const before = await received.inputValue()
    await received.fill(String(Number(before) + 3))
    await expect(page.locator('#ogi-requests-RECEIVED-0-record')).toHaveText(`记录 ${before}`)
    await expect(requests.locator('.table-check-result')).toContainText('核对不相符')
    await expect(requests.locator('.check-list li').first()).toContainText('不相符')
    await expectAutosaved(page)

    await chooseAction(page, '提交审核')
    await page.locator('.action-form').getByRole('button', { name: '确认提交审核' }).click()
    await expect(page.locator('.action-form .error-summary')).toContainText('表三不符合核对规则')

    // 按办理记录填入 puts the records' counts back; 表四's total adds itself up.
    await requests.getByRole('button', { name: '按办理记录填入' }).click()
    await expect(requests).toContainText('已按办理记录填入表三')
    await expect(received).toHaveValue(before)
    await expect(requests.locator('.table-check-result')).toContainText('核对相符')
    await page.locator('#ogi-remedies-reconsideration-upheld').fill('2')
    await page.locator('#ogi-remedies-reconsideration-corrected').fill('1')
    await expect(page.locator('#ogi-remedies-reconsideration-total')).toHaveText('3')
    await expectAutosaved(page)
    expect(pageErrors).toEqual([])
  })

  test('an edit over a newer save says so and reloads the latest draft', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(VIEWPORTS.mobile)
    await switchTo(page, EDITOR, pageErrors)
    const id = await createReport(page, '2024', '法治政府建设年度报告')

    // A colleague saves the draft meanwhile.
    const draft = await (await page.request.get(`/api/staff/reports/${id}`)).json()
    const saved = await page.request.put(`/api/staff/reports/${id}/draft`, {
      headers: { 'X-XSRF-TOKEN': await csrfToken(page) },
      data: {
        revision: draft.revision,
        content: { ...draft.content, title: '同事改过的标题' },
        correctionNote: null,
      },
    })
    expect(saved.status()).toBe(200)

    await firstBody(page).fill('我的修改。')
    const panel = page.getByRole('alert').filter({ hasText: '草稿已被他人修改' })
    await expect(panel).toBeVisible({ timeout: 15_000 })
    await expect(page.locator('.save-status')).toHaveText('修改没有保存。')
    await panel.getByRole('button', { name: '重新加载最新的草稿' }).click()
    await expect(page.locator('h1')).toHaveText('同事改过的标题')
    await expect(firstBody(page)).toHaveValue('')
    // The browser itself logs the 409 it was sent; the page handled it.
    expect(pageErrors.filter((error) => !/status of 409/.test(error))).toEqual([])
  })

  test('an editor imports a report from a text file', async ({ page, pageErrors }) => {
    test.setTimeout(120_000)
    await switchTo(page, EDITOR, pageErrors)
    await page.goto('/staff/reports')
    await settled(page)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: '导入报告' }).click()

    // Without a file, the form says so.
    await page.getByLabel('报告年度').fill('2023')
    await page.getByRole('radio', { name: '法治政府建设年度报告' }).check()
    await page.getByRole('button', { name: '导入', exact: true }).click()
    await expect(page.locator('.error-summary')).toContainText('请选择要导入的文件')

    const text = [
      '濉溪县人民政府2023年法治政府建设年度报告',
      '一、主要举措和成效',
      '（一）依法全面履行政府职能',
      '一是深化“放管服”改革。全年取消和下放行政许可事项5项。',
      '二、存在的不足和原因',
      '个别单位依法决策意识有待加强。',
    ].join('\n')
    await page.getByLabel('文件', { exact: true }).setInputFiles({
      name: '2023年法治政府建设年度报告.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    })
    await page.getByRole('button', { name: '导入', exact: true }).click()
    await page.waitForURL(/\/staff\/reports\/[0-9a-f-]{36}$/)
    await settled(page)
    await expect(page.locator('h1')).toHaveText('濉溪县人民政府2023年法治政府建设年度报告')
    await expect(page.locator('.section-legend').first()).toContainText('一、主要举措和成效')
    await expect(page.locator('.section-card--depth-1').first()).toContainText('（一）')
    expect(pageErrors).toEqual([])
  })
})
