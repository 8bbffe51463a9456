import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { MY_TICKETS } from '@/test/hotlineFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import MyHotlineTicketsView from './MyHotlineTicketsView.vue'

const citizen = { subject: 'citizen-demo', displayName: '张明', roles: [{ role: 'CITIZEN' }] }

afterEach(() => vi.unstubAllGlobals())

describe('MyHotlineTicketsView', () => {
  it('lists the person’s tickets with their state and reply deadline', async () => {
    const fetch = vi.fn(async (url: string) => {
      if (url === '/api/me') return jsonResponse(citizen)
      if (url === '/api/hotline/tickets?page=0') return jsonResponse(MY_TICKETS)
      return jsonResponse({ status: 404 }, 404, 'application/problem+json')
    })
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(MyHotlineTicketsView, { path: '/hotline/mine' })
    await flushPromises()
    const cards = wrapper.findAll('.request-card')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.get('a').attributes('href')).toBe('/hotline/tickets/340600-20261202-00003')
    expect(cards[0]!.get('.state-tag').text()).toBe('已答复')
    expect(cards[1]!.text()).toContain('2026年11月24日')
    expect(cards[1]!.text()).toContain('2026年11月20日 10:00')
    expect(wrapper.find('.pagination').exists()).toBe(false)
    wrapper.unmount()
  })

  it('asks an anonymous visitor to sign in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ status: 401 }, 401, 'application/problem+json')),
    )
    const { wrapper } = await mountWith(MyHotlineTicketsView, { path: '/hotline/mine' })
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('我的诉求')
    expect(wrapper.find('a[href^="/oauth2/authorization/gongkai"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
