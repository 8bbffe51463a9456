import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { HotlineStaffAction, HotlineStaffTicket } from '@/api/hotlineStaff'
import { ANSWER, CATALOGUE, WITH_ANSWER } from '@/test/hotlineFixtures'
import { CSGL, HANDLED_TICKET, RSSB, SCJG, STAFF_TICKET } from '@/test/hotlineStaffFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import HotlineActionForm from './HotlineActionForm.vue'
import { departmentsOf } from './hotlineActions'

afterEach(() => vi.unstubAllGlobals())

const DEPARTMENTS = departmentsOf(CATALOGUE)

function answering(after: HotlineStaffTicket = STAFF_TICKET) {
  const fetch = vi.fn(async (url: string) => {
    if (url.startsWith('/api/hotline/suggestions')) return jsonResponse(WITH_ANSWER)
    return jsonResponse(after)
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

function mountAction(action: HotlineStaffAction, ticket: HotlineStaffTicket = STAFF_TICKET) {
  return mountWith(HotlineActionForm, {
    props: { ticket, action, catalogue: CATALOGUE, departments: DEPARTMENTS },
  })
}

const posts = (fetch: ReturnType<typeof answering>) =>
  (fetch.mock.calls as unknown as [string, RequestInit][]).filter(
    ([, init]) => init?.method === 'POST',
  )

function rowsOf(wrapper: Awaited<ReturnType<typeof mountAction>>['wrapper']) {
  return wrapper
    .findAll('.check-answers-row')
    .map((row) => `${row.get('dt').text()}=${row.get('.check-answers-value').text()}`)
}

describe('HotlineActionForm: dispatch', () => {
  it('starts from the catalogue’s lead, confirms on a summary, then sends', async () => {
    const fetch = answering({ ...STAFF_TICKET, state: 'DISPATCHED' })
    const { wrapper } = await mountAction('dispatch')
    const lead = wrapper.get<HTMLSelectElement>('#hl-act-leadDepartmentId')
    expect(lead.element.value).toBe(CSGL.id)
    expect(wrapper.get('#hl-act-leadDepartmentId-hint').text()).toBe(
      '派单目录建议由淮北市城市管理局主办。',
    )
    // The lead is not offered as an assisting department.
    expect(
      wrapper
        .findAll('input[type="checkbox"][name="hl-act-assistingDepartmentIds"]')
        .map((box) => box.attributes('value')),
    ).toEqual([RSSB.id, SCJG.id])
    await wrapper.get(`input[value="${SCJG.id}"]`).setValue(true)
    await wrapper.get('#hl-act-urgent').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(posts(fetch)).toHaveLength(0)
    expect(document.activeElement?.textContent).toBe('请核对后提交')
    expect(rowsOf(wrapper)).toEqual([
      '工单=340600-20261214-00002 · 餐馆油烟直排影响居民',
      '主办部门=淮北市城市管理局',
      '协办部门=淮北市市场监督管理局',
      '紧急工单=是',
    ])

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const [url, init] = posts(fetch).at(-1)!
    expect(url).toBe('/api/staff/hotline/tickets/340600-20261214-00002/dispatch')
    expect(JSON.parse(init.body as string)).toEqual({
      leadDepartmentId: CSGL.id,
      assistingDepartmentIds: [SCJG.id],
      urgent: true,
    })
    expect(wrapper.emitted('done')?.[0]?.[0]).toMatchObject({ state: 'DISPATCHED' })
    wrapper.unmount()
  })

  it('goes back to the fields with the backend’s problem linked to its field', async () => {
    const problem = {
      status: 400,
      title: 'Bad Request',
      errors: [{ field: 'assistingDepartmentIds[0]', message: '不是本热线可派单的单位' }],
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(problem, 400, 'application/problem+json')),
    )
    const { wrapper } = await mountAction('dispatch')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.action-confirm').exists()).toBe(false)
    const link = wrapper.get('.error-summary a')
    expect(link.text()).toBe('协办部门：不是本热线可派单的单位')
    expect(link.attributes('href')).toBe('#hl-act-assistingDepartmentIds')
    expect(wrapper.get('#hl-act-assistingDepartmentIds-error').text()).toContain(
      '不是本热线可派单的单位',
    )
    wrapper.unmount()
  })

  it('tells the page when the ticket changed under it', async () => {
    const problem = { status: 409, title: 'Conflict', detail: '工单已被派出。' }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(problem, 409, 'application/problem+json')),
    )
    const { wrapper } = await mountAction('dispatch')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.emitted('conflict')).toEqual([['工单已被派出。']])
    wrapper.unmount()
  })
})

describe('HotlineActionForm: checks before the summary', () => {
  it.each<[HotlineStaffAction, string, string]>([
    ['return', '#hl-act-reason', '请写明理由'],
    ['reply', '#hl-act-text', '请填写答复内容'],
    ['request-extension', '#hl-act-workingDays', '延期工作日数须为 1 至 15 的整数'],
    ['merge', '#hl-act-mergeChoice', '请选择或输入要并入的工单'],
  ])('%s links the summary to %s', async (action, href, message) => {
    const fetch = answering()
    const { wrapper } = await mountAction(action)
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(posts(fetch)).toHaveLength(0)
    const link = wrapper.get('.error-summary a')
    expect(link.attributes('href')).toBe(href)
    expect(link.text()).toBe(message)
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true)
    wrapper.unmount()
  })

  it('lets the staff member change an answer after reading the summary', async () => {
    const fetch = answering()
    const { wrapper } = await mountAction('return')
    await wrapper.get('#hl-act-reason').setValue('不属本部门')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(rowsOf(wrapper)).toContain('理由=不属本部门')
    const change = wrapper.findAll('button').find((button) => button.text() === '修改')!
    await change.trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('hl-act-reason')
    await wrapper.get('#hl-act-reason').setValue('餐饮油烟属生态环境部门职责')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(JSON.parse(posts(fetch).at(-1)![1].body as string)).toEqual({
      reason: '餐饮油烟属生态环境部门职责',
    })
    wrapper.unmount()
  })
})

describe('HotlineActionForm: each action', () => {
  it.each<[HotlineStaffAction, string[]]>([
    [
      'dispatch',
      [
        'hl-act-leadDepartmentId',
        'hl-act-assistingDepartmentIds',
        'hl-act-assistingDepartmentIds-1',
        'hl-act-urgent',
      ],
    ],
    ['accept', []],
    ['return', ['hl-act-reason']],
    ['reply', ['hl-act-text', 'hl-act-attachments']],
    ['request-extension', ['hl-act-workingDays', 'hl-act-reason']],
    ['approve-extension', []],
    ['decline-extension', ['hl-act-reason']],
    ['merge', ['hl-act-mergeChoice', 'hl-act-mergeChoice-1']],
    ['answer-from-knowledge-base', ['hl-act-query', 'hl-act-entry']],
  ])('%s asks for its own fields, in order, and no others', async (action, ids) => {
    answering()
    const { wrapper } = await mountAction(action)
    await flushPromises()
    const controls = wrapper
      .findAll('input, textarea, select')
      .map((control) => control.attributes('id'))
    expect(controls).toEqual(ids)
    expect(wrapper.get('h3').attributes('id')).toBe(`action-${action}`)
    wrapper.unmount()
  })

  it('shows the dispatcher the extension asked for, and approves it on one confirmation', async () => {
    const fetch = answering(HANDLED_TICKET)
    const { wrapper } = await mountAction('approve-extension', HANDLED_TICKET)
    expect(rowsOf(wrapper)).toEqual([
      '工单=340600-20261214-00002 · 餐馆油烟直排影响居民',
      '申请部门=淮北市城市管理局',
      '申请内容=申请延期 5 个工作日：需会同生态环境部门检测',
    ])
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('修改')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const [url, init] = posts(fetch).at(-1)!
    expect(url).toBe('/api/staff/hotline/tickets/340600-20261214-00002/approve-extension')
    expect(JSON.parse(init.body as string)).toEqual({})
    wrapper.unmount()
  })

  it('merges into the similar open ticket chosen', async () => {
    const fetch = answering()
    const { wrapper } = await mountAction('merge')
    await wrapper.get('#hl-act-mergeChoice').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(rowsOf(wrapper)).toContain('并入工单=340600-20261210-00009 · 惠黎街道餐馆油烟扰民')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(JSON.parse(posts(fetch).at(-1)![1].body as string)).toEqual({
      leadTicketNumber: '340600-20261210-00009',
    })
    wrapper.unmount()
  })

  it('searches the knowledge base with the ticket’s words and answers with the entry picked', async () => {
    const fetch = answering({ ...STAFF_TICKET, type: 'ENQUIRY' })
    const { wrapper } = await mountAction('answer-from-knowledge-base', {
      ...STAFF_TICKET,
      type: 'ENQUIRY',
    })
    await flushPromises()
    const [searched] = fetch.mock.calls[0] as unknown as [string]
    expect(searched).toContain('/api/hotline/suggestions?')
    const query = new URLSearchParams(searched.split('?')[1])
    expect(query.get('text')).toBe(`${STAFF_TICKET.title}\n${STAFF_TICKET.description}`)
    expect(query.get('type')).toBe('ENQUIRY')
    expect(wrapper.get('label[for="hl-act-entry"]').text()).toContain(ANSWER.question)

    await wrapper.get('#hl-act-entry').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(rowsOf(wrapper)).toContain(`问题=${ANSWER.question}`)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const [url, init] = posts(fetch).at(-1)!
    expect(url).toBe('/api/staff/hotline/tickets/340600-20261214-00002/answer-from-knowledge-base')
    expect(JSON.parse(init.body as string)).toEqual({ entryId: ANSWER.id })
    wrapper.unmount()
  })

  it('searches again in the dispatcher’s own words', async () => {
    const fetch = answering()
    const { wrapper } = await mountAction('answer-from-knowledge-base')
    await flushPromises()
    await wrapper.get('#hl-act-query').setValue('养老保险 缴费')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === '搜索')!
      .trigger('click')
    await flushPromises()
    const [again] = fetch.mock.calls.at(-1) as unknown as [string]
    expect(new URLSearchParams(again.split('?')[1]).get('text')).toBe('养老保险 缴费')
    expect(posts(fetch)).toHaveLength(0)
    wrapper.unmount()
  })
})
