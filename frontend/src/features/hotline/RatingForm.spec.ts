import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { TICKET } from '@/test/hotlineFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import RatingForm from './RatingForm.vue'

afterEach(() => vi.unstubAllGlobals())

describe('RatingForm', () => {
  it('refuses a comment over 500 characters before sending, and shows the backend’s refusal', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const fetch = vi
      .fn()
      .mockResolvedValue(
        jsonResponse(
          { status: 409, title: '冲突', detail: '评价期限已过，工单已办结。' },
          409,
          'application/problem+json',
        ),
      )
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(RatingForm, { props: { ticket: TICKET, queryCode: null } })
    await wrapper.get('#hl-rating').setValue(true)
    await wrapper.get('#hl-rating-comment').setValue('长'.repeat(501))
    await wrapper.get('form').trigger('submit')
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.get('.error-summary a').attributes('href')).toBe('#hl-rating-comment')

    await wrapper.get('#hl-rating-comment').setValue('')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const init = fetch.mock.calls[0]![1] as RequestInit
    expect(JSON.parse(init.body as string)).toEqual({ rating: 'SATISFIED', comment: '' })
    expect((init.headers as Record<string, string>)['X-Query-Code']).toBeUndefined()
    expect(wrapper.get('.notice[role="alert"]').text()).toBe('评价期限已过，工单已办结。')
    expect(wrapper.emitted('rated')).toBeUndefined()
    wrapper.unmount()
  })
})
