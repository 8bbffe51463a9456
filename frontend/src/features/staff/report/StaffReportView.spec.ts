import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { defineComponent, h } from 'vue'
import type { ReportDraft } from '@/api/report'
import { createPortalI18n } from '@/i18n'
import { jsonResponse } from '@/test/mountWith'
import { standardRows } from './tableThree'
import StaffReportView from './StaffReportView.vue'

const ID = '7f1c0d5e-0000-4000-8000-000000000001'

function draft(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return {
    id: ID,
    agency: { code: '340621', name: '濉溪县人民政府' },
    year: 2025,
    kind: 'RULE_OF_LAW',
    state: 'DRAFT',
    revision: 3,
    content: {
      title: '濉溪县人民政府2025年度法治政府建设工作报告',
      preamble: '',
      sections: [
        { label: '一、', heading: '主要举措和成效', runIn: false, body: '原文。', children: [] },
        { label: '二、', heading: '存在的不足', runIn: false, body: '', children: [] },
      ],
      ogi: null,
    },
    correctionNote: null,
    scheduledFor: null,
    publishedVersion: null,
    publishedAt: null,
    withdrawal: null,
    allowedActions: ['save', 'submit'],
    updatedAt: '2026-01-10T02:00:00Z',
    updatedBy: 'editor-suixi',
    url: '/reports/340621/2025/rule-of-law',
    ...overrides,
  }
}

type Handler = (init?: RequestInit) => Response | Promise<Response>

/** The report API as the page meets it; each test says how saves and actions are answered. */
function backend(routes: Record<string, Handler | Handler[]>) {
  const calls: { method: string; url: string; body?: unknown }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET'
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
      calls.push({ method, url, body })
      const route = routes[`${method} ${url.split('?')[0]}`]
      const handler = Array.isArray(route) ? route.shift() : route
      if (handler) return handler(init)
      if (url.endsWith('/versions')) return jsonResponse([])
      if (url === '/api/staff/reports/preview') return jsonResponse({ html: '<p>预览</p>' })
      return jsonResponse({ status: 404, title: 'Not Found' }, 404, 'application/problem+json')
    }),
  )
  return calls
}

async function open(path = `/staff/reports/${ID}`) {
  setActivePinia(createPinia())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/staff/reports/:id',
        component: StaffReportView,
        props: (route) => ({ id: route.params.id, sections: ['reports'] }),
      },
      { path: '/:rest(.*)*', component: { render: () => h('div') } },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [createPinia(), createPortalI18n('zh-CN'), router] },
  })
  await flushPromises()
  return { wrapper, router }
}

const problem = (status: number, detail: string, errors?: unknown[]) =>
  jsonResponse(
    { type: 'about:blank', title: 'x', status, detail, errors },
    status,
    'application/problem+json',
  )

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=t; path=/'
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the report editor', () => {
  it('saves two seconds after typing stops, from the revision it was loaded at', async () => {
    const calls = backend({
      [`GET /api/staff/reports/${ID}`]: () => jsonResponse(draft()),
      [`PUT /api/staff/reports/${ID}/draft`]: () => jsonResponse(draft({ revision: 4 })),
    })
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('濉溪县人民政府2025年度法治政府建设工作报告')
    const bodies = wrapper.findAll('textarea[id$="-body"]')
    expect(bodies).toHaveLength(2)
    await bodies[0]!.setValue('改过的正文。')
    expect(wrapper.get('.save-status').text()).toContain('有尚未保存的修改')

    await vi.advanceTimersByTimeAsync(2000)
    await flushPromises()
    const puts = calls.filter((call) => call.method === 'PUT')
    expect(puts).toHaveLength(1)
    expect(puts[0]!.body).toMatchObject({
      revision: 3,
      correctionNote: null,
      content: { sections: [{ label: '一、', body: '改过的正文。' }, { label: '二、' }] },
    })
    expect(wrapper.get('.save-status').text()).toMatch(/已自动保存 \d\d:\d\d:\d\d（第 4 版）/)
    // The preview of the part being edited came along.
    expect(wrapper.find('.report-preview').text()).toBe('预览')
    wrapper.unmount()
  })

  it('says when someone else saved meanwhile, and reloads on request', async () => {
    const calls = backend({
      [`GET /api/staff/reports/${ID}`]: [
        () => jsonResponse(draft()),
        () => jsonResponse(draft({ revision: 5 })),
      ],
      [`PUT /api/staff/reports/${ID}/draft`]: () => problem(409, '草稿已有更新的版本。'),
    })
    const { wrapper } = await open()
    await wrapper.get('#report-title').setValue('新标题')
    await vi.advanceTimersByTimeAsync(2000)
    await flushPromises()
    const panel = wrapper.get('.warning-panel')
    expect(panel.text()).toContain('草稿已被他人修改')
    expect(panel.text()).toContain('草稿已有更新的版本。')

    // No further saves while the conflict stands.
    await wrapper.get('#report-title').setValue('再改')
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1)

    await panel.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.find('.warning-panel').exists()).toBe(false)
    expect((wrapper.get('#report-title').element as HTMLInputElement).value).toBe(
      '濉溪县人民政府2025年度法治政府建设工作报告',
    )
    wrapper.unmount()
  })

  it('puts the backend’s field problems beside the part they are about', async () => {
    backend({
      [`GET /api/staff/reports/${ID}`]: () => jsonResponse(draft()),
      [`PUT /api/staff/reports/${ID}/draft`]: () =>
        problem(400, '请修改', [{ field: 'content.sections[1].heading', message: '标题过长' }]),
    })
    const { wrapper } = await open()
    await wrapper.findAll('input[id$="-heading"]')[1]!.setValue('很长的标题')
    await wrapper.get('form.report-form').trigger('submit')
    await flushPromises()
    const summary = wrapper.get('.error-summary')
    expect(summary.text()).toContain('二、很长的标题 · 标题：标题过长')
    const secondHeading = wrapper.findAll('input[id$="-heading"]')[1]!
    expect(summary.get('a').attributes('href')).toBe(`#${secondHeading.attributes('id')}`)
    expect(secondHeading.attributes('aria-invalid')).toBe('true')
    wrapper.unmount()
  })

  it('names an untitled draft by its year and kind, a plan by the year it starts', async () => {
    const untitled = (kind: ReportDraft['kind'], year: number) =>
      draft({ kind, year, content: { ...draft().content, title: '' } })
    backend({ [`GET /api/staff/reports/${ID}`]: () => jsonResponse(untitled('RULE_OF_LAW', 2025)) })
    const annual = await open()
    expect(annual.wrapper.get('h1').text()).toBe('2025年度法治政府建设年度报告')
    expect(annual.wrapper.get('.caption').text()).toBe('2025年度 · 法治政府建设年度报告')
    annual.wrapper.unmount()

    backend({
      [`GET /api/staff/reports/${ID}`]: () => jsonResponse(untitled('RULE_OF_LAW_PLAN', 2021)),
    })
    const plan = await open()
    expect(plan.wrapper.get('h1').text()).toBe('2021年法治政府建设规划方案')
    expect(plan.wrapper.get('.caption').text()).toBe('2021年 · 法治政府建设规划方案')
    plan.wrapper.unmount()
  })

  it('keeps a correction from going out without its note', async () => {
    const calls = backend({
      [`GET /api/staff/reports/${ID}`]: () =>
        jsonResponse(draft({ publishedVersion: 1, allowedActions: ['save', 'submit'] })),
    })
    const { wrapper } = await open(`/staff/reports/${ID}?action=submit`)
    expect(wrapper.text()).toContain('这是对已发布的第 1 版的更正草稿')
    await wrapper.get('#action-confirm').trigger('click')
    await flushPromises()
    expect(wrapper.get('.action-form .error-summary').text()).toContain('请填写更正说明')
    expect(calls.some((call) => call.url.includes('/actions/'))).toBe(false)
    wrapper.unmount()
  })
})

describe('an OGI report', () => {
  const rows = standardRows().map((row) =>
    row.key === 'RECEIVED'
      ? { ...row, label: '一、本年新收政府信息公开申请数量', counts: [2, 0, 0, 0, 0, 0, 2] }
      : row,
  )
  const ogiDraft = () =>
    draft({
      kind: 'OPEN_GOVERNMENT_INFORMATION',
      content: {
        title: '2025年政府信息公开工作年度报告',
        preamble: '',
        sections: [{ label: '一、', heading: '总体情况', runIn: false, body: '', children: [] }],
        ogi: {
          proactive: {
            regulations: { issued: 0, repealed: 0, inForce: 0 },
            normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
            licensing: { decisions: 0 },
            penalties: { decisions: 0 },
            enforcement: { decisions: 0 },
            fees: { amount: 0 },
          },
          requests: { RECEIVED: [1, 0, 0, 0, 0, 0, 1] },
          remedies: {
            reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
            directLitigation: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
            litigationAfterReconsideration: {
              upheld: 0,
              corrected: 0,
              other: 0,
              pending: 0,
              total: 0,
            },
          },
        },
      },
    })

  const CHECK = 'POST /api/staff/reports/table-three/check'

  /** The backend's answer for a table whose only entry is 一 in column 自然人 (or none at all). */
  const checked = (received: number) =>
    jsonResponse({
      holds: received === 0,
      columns: Array.from({ length: 7 }, (_, column) => {
        const value = column === 0 || column === 6 ? received : 0
        return {
          column,
          received: value,
          carriedOver: 0,
          answered: 0,
          carriedForward: 0,
          outcomeSum: 0,
          balances: value === 0,
          totalAddsUp: true,
          holds: value === 0,
        }
      }),
      rowsNotAddingUp: [],
      errors:
        received === 0
          ? []
          : [
              {
                field: 'requests.ANSWERED_TOTAL[0]',
                message: '自然人列：一 + 二 不等于 （七）总计 + 四',
              },
            ],
    })

  const statisticsAnswer = () =>
    jsonResponse({
      agency: '340621',
      agencyName: '濉溪县人民政府',
      year: 2025,
      columns: [],
      rows,
      checkHolds: false,
    })

  it('marks what differs from the records, checks each column and blocks submitting', async () => {
    const calls = backend({
      [CHECK]: () => checked(1),
      [`GET /api/staff/reports/${ID}`]: () => jsonResponse(ogiDraft()),
      'GET /api/disclosure/statistics': () =>
        jsonResponse({
          agency: '340621',
          agencyName: '濉溪县人民政府',
          year: 2025,
          columns: [],
          rows,
          checkHolds: false,
        }),
    })
    const { wrapper, router } = await open()
    expect(
      calls.some((call) => call.url === '/api/disclosure/statistics?agency=340621&year=2025'),
    ).toBe(true)
    const cell = wrapper.get('#ogi-requests-RECEIVED-0')
    expect(cell.attributes('aria-describedby')).toBe('ogi-requests-RECEIVED-0-record')
    expect(wrapper.get('#ogi-requests-RECEIVED-0-record').text()).toBe('记录 2')
    expect(wrapper.get('.table-check').text()).toContain('自然人：1 + 0 = 0 + 0 不相符')
    expect(wrapper.get('.table-check-result').text()).toContain('核对不相符')

    await router.replace({ query: { action: 'submit' } })
    await flushPromises()
    await wrapper.get('#action-confirm').trigger('click')
    await flushPromises()
    expect(wrapper.get('.action-form .error-summary').text()).toContain('表三不符合核对规则')
    expect(calls.some((call) => call.url.includes('/actions/'))).toBe(false)

    // Filling from the records leaves nothing marked; a typed total of 表四 is worked out.
    await wrapper.findAll('.table-tools button')[0]!.trigger('click')
    await flushPromises()
    expect(wrapper.find('#ogi-requests-RECEIVED-0-record').exists()).toBe(false)
    expect((wrapper.get('#ogi-requests-RECEIVED-0').element as HTMLInputElement).value).toBe('2')
    await wrapper.get('#ogi-remedies-reconsideration-upheld').setValue('3')
    await wrapper.get('#ogi-remedies-reconsideration-pending').setValue('1')
    expect(wrapper.get('#ogi-remedies-reconsideration-total').text()).toBe('4')
    await wrapper.get('#ogi-remedies-reconsideration-other').setValue('x')
    expect(wrapper.get('#ogi-remedies-reconsideration-other').attributes('aria-invalid')).toBe(
      'true',
    )
    expect(wrapper.get('.save-status').text()).toContain('有 1 处需要修改')
    wrapper.unmount()
  })

  it('asks the backend to check table 三 when it loads, and again 400 ms after typing stops', async () => {
    const calls = backend({
      [CHECK]: [() => checked(1), () => checked(0)],
      [`GET /api/staff/reports/${ID}`]: () => jsonResponse(ogiDraft()),
      'GET /api/disclosure/statistics': statisticsAnswer,
    })
    const { wrapper } = await open()
    const checks = () => calls.filter((call) => `${call.method} ${call.url}` === CHECK)
    expect(checks()).toHaveLength(1)
    expect(checks()[0]!.body).toMatchObject({ requests: { RECEIVED: [1, 0, 0, 0, 0, 0, 1] } })
    expect(wrapper.get('.table-check-result').text()).toContain('核对不相符')

    // Several changes in quick succession are one question, asked with the last numbers.
    await wrapper.get('#ogi-requests-RECEIVED-0').setValue('3')
    await vi.advanceTimersByTimeAsync(200)
    await wrapper.get('#ogi-requests-RECEIVED-0').setValue('0')
    await wrapper.get('#ogi-requests-RECEIVED-6').setValue('0')
    await vi.advanceTimersByTimeAsync(399)
    expect(checks()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    expect(checks()).toHaveLength(2)
    expect(checks()[1]!.body).toMatchObject({ requests: { RECEIVED: [0, 0, 0, 0, 0, 0, 0] } })
    expect(wrapper.get('.table-check').classes()).toContain('table-check--ok')
    expect(wrapper.get('.table-check-result').text()).toContain('核对相符')
    expect(wrapper.get('.table-check').text()).toContain('自然人：0 + 0 = 0 + 0 相符')
    wrapper.unmount()
  })

  it('says so when the backend cannot check the table, and does not block on a check it lacks', async () => {
    const calls = backend({
      [CHECK]: () => jsonResponse({ status: 503, title: 'x' }, 503, 'application/problem+json'),
      [`GET /api/staff/reports/${ID}`]: () => jsonResponse(ogiDraft()),
      [`POST /api/staff/reports/${ID}/actions/submit`]: () =>
        jsonResponse({ ...ogiDraft(), state: 'SUBMITTED', allowedActions: [] }),
      'GET /api/disclosure/statistics': statisticsAnswer,
    })
    const { wrapper, router } = await open()
    expect(wrapper.get('.table-check-result').text()).toContain('暂时无法核对表三')
    expect(wrapper.find('.check-list li').exists()).toBe(false)

    await router.replace({ query: { action: 'submit' } })
    await flushPromises()
    await wrapper.get('#action-confirm').trigger('click')
    await flushPromises()
    // The backend checks again on submission; the page does not guess.
    expect(wrapper.find('.action-form .error-summary').exists()).toBe(false)
    expect(calls.some((call) => call.url.endsWith('/actions/submit'))).toBe(true)
    wrapper.unmount()
  })
})
