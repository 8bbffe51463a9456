import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ANONYMOUS_TICKET } from '@/test/hotlineFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import HotlineTrackView from './HotlineTrackView.vue'
import { queryCodeFor } from './queryCodes'

function backend(code: string) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return jsonResponse({ status: 401 }, 401, 'application/problem+json')
    const given = (init?.headers as Record<string, string> | undefined)?.['X-Query-Code']
    if (url === `/api/hotline/tickets/${ANONYMOUS_TICKET.number}` && given === code)
      return jsonResponse(ANONYMOUS_TICKET)
    return jsonResponse({ status: 404, title: '未找到' }, 404, 'application/problem+json')
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('HotlineTrackView', () => {
  it('asks an anonymous visitor for both, and answers a wrong code as a wrong number', async () => {
    backend('K7Q2MX9P4WTA')
    const { wrapper, router } = await mountWith(HotlineTrackView, {
      path: `/hotline/track?number=${ANONYMOUS_TICKET.number}`,
    })
    await flushPromises()
    expect((wrapper.get('#hl-track-number').element as HTMLInputElement).value).toBe(
      ANONYMOUS_TICKET.number,
    )
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.findAll('.error-summary a').map((a) => a.text())).toEqual(['请填写查询码'])

    await wrapper.get('#hl-track-code').setValue('WRONG')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.error-summary a').text()).toBe(
      '没有找到这张工单，请核对工单编号和查询码。',
    )
    expect(queryCodeFor(ANONYMOUS_TICKET.number)).toBeNull()

    await wrapper.get('#hl-track-code').setValue(' k7q2 mx9p-4wta ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe(`/hotline/tickets/${ANONYMOUS_TICKET.number}`)
    expect(queryCodeFor(ANONYMOUS_TICKET.number)).toBe('K7Q2MX9P4WTA')
    wrapper.unmount()
  })
})
