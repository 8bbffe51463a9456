import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import SiteHeader from './SiteHeader.vue'
import { mountWith } from '@/test/mountWith'
import { useSessionStore } from '@/stores/session'

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('SiteHeader', () => {
  it('opens and closes the menu and says so with aria-expanded', async () => {
    const { wrapper } = await mountWith(SiteHeader)
    const button = wrapper.get('.menu-button')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(button.attributes('aria-controls')).toBe('main-nav-list')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(wrapper.get('#main-nav-list').classes()).toContain('is-open')
    await wrapper.get('nav').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(button.attributes('aria-expanded')).toBe('false')
    wrapper.unmount()
  })

  it('offers log-in to a visitor and no staff console', async () => {
    const { wrapper } = await mountWith(SiteHeader)
    expect(wrapper.get('a[href^="/oauth2/authorization/gongkai"]').text()).toBe('登录')
    expect(wrapper.find('a[href="/staff"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the staff console link to staff only', async () => {
    const { wrapper } = await mountWith(SiteHeader)
    useSessionStore().me = {
      subject: 'auditor',
      displayName: '安全审计员',
      roles: [{ role: 'SECURITY_AUDITOR', agencyId: null, agencyName: null }],
    }
    await flushPromises()
    expect(wrapper.find('a[href="/staff"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('退出')
    wrapper.unmount()
  })

  it('sends a search to the search page', async () => {
    const { wrapper, router } = await mountWith(SiteHeader)
    await wrapper.get('#site-search').setValue('濉溪')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/search?q=%E6%BF%89%E6%BA%AA')
    wrapper.unmount()
  })

  it('switches 大字版 and language, pressed state included', async () => {
    const { wrapper } = await mountWith(SiteHeader)
    const large = wrapper.findAll('button').find((button) => button.text().includes('大字版'))!
    await large.trigger('click')
    expect(large.attributes('aria-pressed')).toBe('true')
    const english = wrapper.get('button[lang="en"]')
    await english.trigger('click')
    expect(english.attributes('aria-pressed')).toBe('true')
    expect(document.documentElement.lang).toBe('en')
    wrapper.unmount()
  })
})
