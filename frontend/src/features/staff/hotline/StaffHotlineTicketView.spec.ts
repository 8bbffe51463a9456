import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { HotlineStaffTicket } from '@/api/hotlineStaff'
import { forgetCatalogue } from '@/features/hotline/useCatalogue'
import { CATALOGUE } from '@/test/hotlineFixtures'
import { CSGL, DISPATCHER, HANDLED_TICKET, STAFF_TICKET } from '@/test/hotlineStaffFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import StaffHotlineTicketView from './StaffHotlineTicketView.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  forgetCatalogue()
})

async function mountTicket(
  ticket: HotlineStaffTicket | null,
  query = '',
  after: HotlineStaffTicket | null = null,
) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return jsonResponse(DISPATCHER)
    if (url === '/api/hotline/catalogue') return jsonResponse(CATALOGUE)
    if (url.startsWith('/api/staff/hotline/tickets/')) {
      if (!ticket)
        return jsonResponse({ status: 404, title: 'Not Found' }, 404, 'application/problem+json')
      return jsonResponse(init?.method === 'POST' ? after : ticket)
    }
    return jsonResponse({})
  })
  vi.stubGlobal('fetch', fetch)
  const number = ticket?.number ?? '340600-20261231-99999'
  const mounted = await mountWith(StaffHotlineTicketView, {
    props: { number, sections: ['hotline'] },
    path: `/staff/hotline/${number}${query}`,
  })
  await flushPromises()
  return { ...mounted, fetch }
}

const factsOf = (wrapper: Awaited<ReturnType<typeof mountTicket>>['wrapper']) =>
  wrapper.findAll('.summary-row').map((row) => `${row.get('dt').text()}=${row.get('dd').text()}`)

describe('StaffHotlineTicketView', () => {
  it('shows the whole ticket, the contact unmasked, and what the viewer may do', async () => {
    const { wrapper } = await mountTicket(STAFF_TICKET)
    expect(wrapper.get('h1').text()).toBe('工单 340600-20261214-00002')
    expect(wrapper.get('.state-tag').text()).toBe('已受理')
    expect(factsOf(wrapper)).toEqual(
      expect.arrayContaining([
        '联系人=王晓明',
        '联系电话=13855558000',
        '发生地点=相山区人民政府 惠黎街道 12 号',
        '派单目录建议=淮北市城市管理局',
        '同意公开答复=是',
      ]),
    )
    expect(wrapper.findAll('.action-list a').map((a) => a.text())).toEqual(['派单', '并单'])
    expect(wrapper.find('.action-form').exists()).toBe(false)
    expect(wrapper.get('.deadline-panel').text()).toContain('等待派单')
    expect(wrapper.text()).toContain('惠黎街道餐馆油烟扰民')
    expect(wrapper.get('.timeline').text()).toContain('办理人：诉求人')
    wrapper.unmount()
  })

  it('dispatches, then tells the dispatcher in a notice that takes focus', async () => {
    const after: HotlineStaffTicket = {
      ...STAFF_TICKET,
      state: 'DISPATCHED',
      leadDepartment: CSGL,
      allowedActions: [],
    }
    const { wrapper, router, fetch } = await mountTicket(STAFF_TICKET, '?action=dispatch', after)
    expect(wrapper.get('.action-list a[aria-current="true"]').text()).toBe('派单')
    expect(wrapper.get<HTMLSelectElement>('#hl-act-leadDepartmentId').element.value).toBe(CSGL.id)
    await wrapper.get('.action-form form').trigger('submit')
    await flushPromises()
    await wrapper.get('.action-form form').trigger('submit')
    await flushPromises()
    const sent = (fetch.mock.calls as unknown as [string, RequestInit | undefined][]).filter(
      ([, init]) => init?.method === 'POST',
    )
    expect(sent.map(([url]) => url)).toEqual([
      '/api/staff/hotline/tickets/340600-20261214-00002/dispatch',
    ])
    expect(router.currentRoute.value.query).toEqual({})
    expect(wrapper.find('.action-form').exists()).toBe(false)
    expect(wrapper.get('.state-tag').text()).toBe('已派单')
    const notice = wrapper.get('.notice--success')
    expect(notice.text()).toBe('已办理：派单。')
    expect(document.activeElement).toBe(notice.element)
    wrapper.unmount()
  })

  it('offers no form for an action the backend does not allow', async () => {
    const { wrapper } = await mountTicket(STAFF_TICKET, '?action=reply')
    expect(wrapper.find('.action-form').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the department’s side: limits, flags and who did what', async () => {
    const { wrapper } = await mountTicket(HANDLED_TICKET)
    const badges = wrapper.findAll('.request-status .badge').map((badge) => badge.text())
    expect(badges).toEqual(['临近期限', '延期待批'])
    expect(wrapper.get('.deadline-panel').text()).toContain('2027年1月4日（星期一）（预计）')
    expect(wrapper.findAll('.action-list a').map((a) => a.text())).toEqual([
      '答复',
      '批准延期',
      '不批准延期',
    ])
    const actors = wrapper.findAll('.timeline-actor').map((actor) => actor.text())
    expect(actors).toEqual([
      '办理人：诉求人',
      '办理人：淮北市人民政府 · 12345 热线派单员 · dispatcher-huaibei',
      '办理人：淮北市城市管理局 · 承办部门经办人 · handler-huaibei-cgj',
      '办理人：淮北市城市管理局 · 承办部门经办人 · handler-huaibei-cgj',
    ])
    expect(wrapper.get('.timeline').text()).toContain('需会同生态环境部门检测')
    expect(factsOf(wrapper)).toContain('协办部门=淮北市市场监督管理局')
    wrapper.unmount()
  })

  it('answers a ticket the viewer does not handle as not found', async () => {
    const { wrapper } = await mountTicket(null)
    expect(wrapper.find('.request-detail').exists()).toBe(false)
    expect(wrapper.get('h1').text()).not.toContain('340600-20261231-99999')
    wrapper.unmount()
  })
})
