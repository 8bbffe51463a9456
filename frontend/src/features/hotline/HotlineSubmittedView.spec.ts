import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ANONYMOUS_TICKET } from '@/test/hotlineFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import HotlineSubmittedView from './HotlineSubmittedView.vue'
import { lastSubmission, rememberQueryCode } from './queryCodes'

function backend() {
  const fetch = vi.fn(async (url: string, _init?: RequestInit) => {
    if (url === '/api/me') return jsonResponse({ status: 401 }, 401, 'application/problem+json')
    if (url.endsWith('/receipt.pdf'))
      return new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })
    return jsonResponse({ status: 404 }, 404, 'application/problem+json')
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
  lastSubmission.value = null
  sessionStorage.clear()
})

describe('HotlineSubmittedView', () => {
  it('shows the query code once, with the warning, and downloads the receipt with it', async () => {
    const fetch = backend()
    const createObjectURL = vi.fn(() => 'blob:receipt')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    lastSubmission.value = ANONYMOUS_TICKET
    rememberQueryCode(ANONYMOUS_TICKET.number, ANONYMOUS_TICKET.queryCode!)
    const { wrapper } = await mountWith(HotlineSubmittedView, {
      props: { number: ANONYMOUS_TICKET.number },
    })
    await flushPromises()
    expect(wrapper.get('.confirmation-reference').text()).toBe(ANONYMOUS_TICKET.number)
    expect(wrapper.get('.query-code-value').text()).toBe('K7Q2MX9P4WTA')
    expect(wrapper.get('.query-code').text()).toContain('查询码只显示这一次')

    await wrapper.get('.download button').trigger('click')
    await flushPromises()
    const [url, init] = fetch.mock.calls.find((call) => String(call[0]).endsWith('.pdf'))!
    expect(url).toBe(`/api/hotline/tickets/${ANONYMOUS_TICKET.number}/receipt.pdf`)
    expect((init!.headers as Record<string, string>)['X-Query-Code']).toBe('K7Q2MX9P4WTA')
    expect(createObjectURL).toHaveBeenCalledTimes(1)
    expect(clicked).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('does not show the code again once the page is left and come back to', async () => {
    backend()
    rememberQueryCode(ANONYMOUS_TICKET.number, ANONYMOUS_TICKET.queryCode!)
    const { wrapper } = await mountWith(HotlineSubmittedView, {
      props: { number: ANONYMOUS_TICKET.number },
    })
    await flushPromises()
    expect(wrapper.find('.query-code').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('K7Q2MX9P4WTA')
    expect(wrapper.text()).toContain('查询码只在提交时显示一次')
    wrapper.unmount()
  })

  it('tells an enquiry answered by the knowledge base that it ends there', async () => {
    backend()
    lastSubmission.value = {
      ...ANONYMOUS_TICKET,
      state: 'ANSWERED_BY_KNOWLEDGE_BASE',
      knowledgeAnswer: { question: '怎么交养老保险？', answer: '到窗口办理。', basis: '' },
    }
    const { wrapper } = await mountWith(HotlineSubmittedView, {
      props: { number: ANONYMOUS_TICKET.number },
      locale: 'en',
    })
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Your enquiry was answered by the knowledge base')
    expect(wrapper.text()).toContain('recorded as resolved by self-service')
    expect(wrapper.text()).toContain('到窗口办理。')
    wrapper.unmount()
  })
})
