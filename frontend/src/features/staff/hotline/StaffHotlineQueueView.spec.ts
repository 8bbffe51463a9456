import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { forgetCatalogue } from '@/features/hotline/useCatalogue'
import { CATALOGUE } from '@/test/hotlineFixtures'
import { AGENCIES, DISPATCHER, HANDLER, QUEUE } from '@/test/hotlineStaffFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import StaffHotlineQueueView from './StaffHotlineQueueView.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  forgetCatalogue()
})

async function mountQueue(me: unknown, path = '/staff/hotline') {
  const fetch = vi.fn(async (url: string) => {
    if (url === '/api/me') return jsonResponse(me)
    if (url.startsWith('/api/staff/hotline/tickets')) return jsonResponse(QUEUE)
    if (url === '/api/hotline/catalogue') return jsonResponse(CATALOGUE)
    if (url === '/api/agencies') return jsonResponse(AGENCIES)
    return jsonResponse({ status: 404 }, 404, 'application/problem+json')
  })
  vi.stubGlobal('fetch', fetch)
  const mounted = await mountWith(StaffHotlineQueueView, {
    props: { sections: ['hotline'] },
    path,
  })
  await flushPromises()
  return { ...mounted, fetch }
}

const queueCalls = (fetch: Awaited<ReturnType<typeof mountQueue>>['fetch']) =>
  fetch.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/api/staff/hotline/tickets'))

function card(wrapper: Awaited<ReturnType<typeof mountQueue>>['wrapper'], number: string) {
  return wrapper.findAll('.request-card').find((item) => item.get('h3').text().includes(number))!
}

function facts(wrapper: Awaited<ReturnType<typeof mountQueue>>['wrapper'], number: string) {
  return card(wrapper, number)
    .findAll('.request-card-facts > div')
    .map((row) => `${row.get('dt').text()}=${row.get('dd').text()}`)
}

describe('StaffHotlineQueueView', () => {
  it('asks the API for the filter the address holds, its pages counted from 0', async () => {
    const { fetch, wrapper } = await mountQueue(
      DISPATCHER,
      '/staff/hotline?state=DISPATCHED&due=overdue&q=%E6%B2%B9%E7%83%9F&agency=340600-cgj&page=2',
    )
    // Once, with the department: the session is known before the queue is asked.
    expect(queueCalls(fetch)).toEqual([
      '/api/staff/hotline/tickets?agency=340600-cgj&state=DISPATCHED&overdue=true&q=%E6%B2%B9%E7%83%9F&page=1&size=20',
    ])
    expect(wrapper.get<HTMLSelectElement>('#hl-queue-state').element.value).toBe('DISPATCHED')
    expect(wrapper.get<HTMLSelectElement>('#hl-queue-due').element.value).toBe('overdue')
    expect(wrapper.get<HTMLInputElement>('#hl-queue-q').element.value).toBe('油烟')
    wrapper.unmount()
  })

  it('puts the filter chosen in the address', async () => {
    const { wrapper, router } = await mountQueue(DISPATCHER)
    await wrapper.get('#hl-queue-due').setValue('at-risk')
    await wrapper.get('#hl-queue-agency').setValue('340600-scjgj')
    await wrapper.get('#hl-queue-q').setValue(' 13855558000 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      agency: '340600-scjgj',
      due: 'at-risk',
      q: '13855558000',
    })
    wrapper.unmount()
  })

  it('finds the replies awaiting the dispatcher’s publication check, open or closed', async () => {
    const { wrapper, router, fetch } = await mountQueue(DISPATCHER)
    const pending = wrapper.get<HTMLInputElement>('#hl-queue-publication')
    expect(wrapper.get('label[for="hl-queue-publication"]').text()).toBe('待审核公开')
    await pending.setValue(true)
    // With the check chosen, no state means every state, not only open tickets.
    expect(wrapper.get('#hl-queue-state option').text()).toBe('全部')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ publication: 'pending' })
    expect(queueCalls(fetch).at(-1)).toBe(
      '/api/staff/hotline/tickets?publication=AWAITING_CHECK&page=0&size=20',
    )
    wrapper.unmount()
  })

  it('offers a handler no publication filter, whatever the address says', async () => {
    const { wrapper, fetch } = await mountQueue(HANDLER, '/staff/hotline?publication=pending')
    expect(wrapper.find('#hl-queue-publication').exists()).toBe(false)
    expect(queueCalls(fetch).at(-1)).toBe('/api/staff/hotline/tickets?page=0&size=20')
    wrapper.unmount()
  })

  it('offers the dispatcher the catalogue’s departments, and a handler none', async () => {
    const dispatcher = await mountQueue(DISPATCHER)
    expect(
      dispatcher.wrapper.findAll('#hl-queue-agency option').map((option) => option.text()),
    ).toEqual([
      '全部部门',
      '淮北市城市管理局',
      '淮北市人力资源和社会保障局',
      '淮北市市场监督管理局',
    ])
    expect(dispatcher.wrapper.get('.lead').text()).toContain('本热线中心的全部工单')
    dispatcher.wrapper.unmount()
    forgetCatalogue()

    const handler = await mountQueue(HANDLER, '/staff/hotline?agency=340600-cgj')
    expect(handler.wrapper.find('#hl-queue-agency').exists()).toBe(false)
    expect(handler.wrapper.get('.lead').text()).toContain('本部门主办或协办的工单')
    expect(queueCalls(handler.fetch).at(-1)).toBe('/api/staff/hotline/tickets?page=0&size=20')
    handler.wrapper.unmount()
  })

  it('marks urgent, overdue, at-risk and supervised tickets in words, and provisional dates 预计', async () => {
    const { wrapper } = await mountQueue(HANDLER)
    expect(wrapper.get('.result-count').text()).toBe('共 3 张工单，按时限排序')
    const badges = (number: string) =>
      card(wrapper, number)
        .findAll('.badge')
        .map((badge) => badge.text())
    expect(badges('20261214-00002')).toEqual(['紧急'])
    expect(badges('20261202-00003')).toEqual(['已逾期'])
    expect(badges('20261220-00005')).toEqual(['临近期限', '督办'])

    expect(facts(wrapper, '20261214-00002')).toEqual([
      '类型和事项=投诉 · 餐饮油烟',
      '承办部门=尚未派单',
      '受理时间=2026年12月14日 09:05',
      '办理时限=等待派单',
    ])
    expect(facts(wrapper, '20261202-00003')).toContain('签收期限=2026年12月3日')
    expect(facts(wrapper, '20261202-00003')).toContain('答复期限=2026年12月23日')
    expect(facts(wrapper, '20261220-00005')).toEqual([
      '类型和事项=求助 · 社会保险参保缴费',
      '承办部门=淮北市人力资源和社会保障局',
      '受理时间=2026年12月20日 10:00',
      '答复期限=2027年1月5日（预计）',
    ])
    expect(card(wrapper, '20261220-00005').get('a').attributes('href')).toBe(
      '/staff/hotline/340600-20261220-00005',
    )
    wrapper.unmount()
  })

  it('pages through the queue', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.startsWith('/api/staff/hotline/tickets')
        ? jsonResponse({ ...QUEUE, total: 45, page: 1 })
        : jsonResponse(url === '/api/me' ? HANDLER : CATALOGUE),
    )
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(StaffHotlineQueueView, {
      props: { sections: ['hotline'] },
      path: '/staff/hotline?page=2&state=REOPENED',
    })
    await flushPromises()
    const nav = wrapper.get('.pagination')
    expect(nav.text()).toContain('第 2 页，共 3 页')
    expect(nav.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/staff/hotline?page=1&state=REOPENED',
      '/staff/hotline?page=3&state=REOPENED',
    ])
    wrapper.unmount()
  })

  it('says so to staff whose roles do not include the hotline', async () => {
    const fetch = vi.fn(async (url: string) =>
      url === '/api/me'
        ? jsonResponse({ ...HANDLER, roles: [{ role: 'DISCLOSURE_OFFICER' }] })
        : jsonResponse(CATALOGUE),
    )
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(StaffHotlineQueueView, {
      props: { sections: ['disclosure'] },
      path: '/staff/hotline',
    })
    await flushPromises()
    expect(wrapper.text()).toContain('您的岗位不包括本栏目的工作。')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(queueCalls(fetch)).toEqual([])
    wrapper.unmount()
  })
})
