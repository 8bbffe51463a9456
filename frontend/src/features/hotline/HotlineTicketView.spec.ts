import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { HotlineTicket } from '@/api/hotline'
import { ANONYMOUS_TICKET, TICKET } from '@/test/hotlineFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import HotlineTicketView from './HotlineTicketView.vue'
import { queryCodeFor, rememberQueryCode } from './queryCodes'

const CODE = 'K7Q2MX9P4WTA'
const anonymousReplied: HotlineTicket = { ...TICKET, submitterKind: 'ANONYMOUS', queryCode: null }

function backend(ticket: HotlineTicket | null, rated?: HotlineTicket) {
  const calls: { url: string; init?: RequestInit }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init })
      if (url === '/api/me') return jsonResponse({ status: 401 }, 401, 'application/problem+json')
      if (url === '/api/csrf') {
        document.cookie = 'XSRF-TOKEN=t; path=/'
        return new Response(null, { status: 204 })
      }
      const code = (init?.headers as Record<string, string> | undefined)?.['X-Query-Code']
      if (ticket && code === CODE) {
        if (url === `/api/hotline/tickets/${ticket.number}`) return jsonResponse(ticket)
        if (url === `/api/hotline/tickets/${ticket.number}/rating` && rated)
          return jsonResponse(rated)
      }
      return jsonResponse({ status: 404, title: '未找到' }, 404, 'application/problem+json')
    }),
  )
  return calls
}

afterEach(() => {
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('HotlineTicketView', () => {
  it('shows the state, time limits, reply and timeline of an anonymous ticket by its code', async () => {
    backend(anonymousReplied)
    rememberQueryCode(TICKET.number, CODE)
    const { wrapper } = await mountWith(HotlineTicketView, {
      props: { number: TICKET.number },
      path: `/hotline/tickets/${TICKET.number}`,
    })
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe(`工单 ${TICKET.number}`)
    expect(wrapper.get('.request-status .state-tag').text()).toBe('已答复')
    expect(wrapper.get('.deadline-panel').text()).toContain('请在此日前评价')
    expect(wrapper.get('.deadline-panel').text()).toContain('2026年12月16日')
    expect(wrapper.get('.deadline-panel').text()).not.toContain('应在此日前答复')
    expect(wrapper.get('.hotline-reply').text()).toContain('已将三项检查合并为一次联合检查')
    expect(wrapper.get('.hotline-reply').text()).toContain('2026年12月9日 15:30')
    expect(wrapper.findAll('.timeline-event').map((e) => e.text())).toEqual([
      '受理诉求',
      '派发承办部门',
      '承办部门签收',
      '答复',
    ])
    expect(wrapper.findAll('.timeline-note').map((note) => note.text())).toEqual([
      '派至淮北市市场监督管理局',
      '淮北市市场监督管理局答复',
    ])
    expect(wrapper.text()).toContain('138****8000')
    wrapper.unmount()
  })

  it('rates with the code; 不满意 says first that the ticket goes back once', async () => {
    const reopened: HotlineTicket = {
      ...anonymousReplied,
      state: 'REOPENED',
      canRate: false,
      rating: { rating: 'UNSATISFIED', comment: '检查仍然重复', ratedAt: '2026-12-10T02:00:00Z' },
    }
    const calls = backend(anonymousReplied, reopened)
    rememberQueryCode(TICKET.number, CODE)
    const { wrapper } = await mountWith(HotlineTicketView, {
      props: { number: TICKET.number },
    })
    await flushPromises()
    const form = wrapper.get('.rating-form')
    expect(form.text()).toContain('工单会退回原承办部门重新办理一次')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.error-summary a').text()).toBe('请选择评价')

    await wrapper.get('#hl-rating-2').setValue(true)
    await wrapper.get('#hl-rating-comment').setValue(' 检查仍然重复 ')
    await wrapper.get('.rating-form form').trigger('submit')
    await flushPromises()
    const rating = calls.find((call) => call.url.endsWith('/rating'))!
    expect(JSON.parse(rating.init!.body as string)).toEqual({
      rating: 'UNSATISFIED',
      comment: '检查仍然重复',
    })
    expect((rating.init!.headers as Record<string, string>)['X-Query-Code']).toBe(CODE)
    expect(wrapper.find('.rating-form').exists()).toBe(false)
    expect(wrapper.get('[role="status"].notice').text()).toContain('已退回承办部门重新办理')
    expect(document.activeElement).toBe(wrapper.get('[role="status"].notice').element)
    expect(wrapper.text()).toContain('评价：不满意')
    wrapper.unmount()
  })

  it('asks for the code when there is neither a session nor a code, and forgets a wrong one', async () => {
    backend(ANONYMOUS_TICKET)
    const { wrapper } = await mountWith(HotlineTicketView, {
      props: { number: ANONYMOUS_TICKET.number },
    })
    await flushPromises()
    expect(wrapper.get('a.button').attributes('href')).toBe(
      `/hotline/track?number=${ANONYMOUS_TICKET.number}`,
    )
    wrapper.unmount()

    rememberQueryCode(ANONYMOUS_TICKET.number, 'STALE')
    const again = await mountWith(HotlineTicketView, {
      props: { number: ANONYMOUS_TICKET.number },
    })
    await flushPromises()
    expect(again.wrapper.text()).not.toContain('受理诉求')
    expect(queryCodeFor(ANONYMOUS_TICKET.number)).toBeNull()
    again.wrapper.unmount()
  })
})
