import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { jsonResponse, mountWith } from '@/test/mountWith'
import CalendarYearBanner from './CalendarYearBanner.vue'

afterEach(() => vi.unstubAllGlobals())

const NOTICE = '国务院办公厅关于2027年部分节假日安排的通知'

function backend(answer: () => Response) {
  const fetch = vi.fn(async () => answer())
  vi.stubGlobal('fetch', fetch)
  return fetch
}

async function mountAs(role: Role, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const { wrapper } = await mountWith(CalendarYearBanner, { locale })
  useSessionStore().me = {
    subject: 'someone',
    displayName: '某人',
    roles: [{ role, agencyId: 'a1', agencyName: '淮北市人民政府' }],
  }
  await flushPromises()
  return wrapper
}

describe('CalendarYearBanner', () => {
  it('tells the head of the OGI office that next year is due to be entered', async () => {
    const fetch = backend(() => jsonResponse({ year: 2027, due: true, notice: NOTICE }))
    const wrapper = await mountAs('OGI_OFFICE_HEAD')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith('/api/calendar/pending-year', expect.anything())
    const banner = wrapper.get('section.calendar-year-banner')
    const label = wrapper.get('#calendar-year-banner-title')
    expect(banner.attributes('aria-labelledby')).toBe('calendar-year-banner-title')
    expect(label.text()).toBe('工作日历提醒')
    expect(banner.text()).toContain(
      `2027年节假日安排尚未录入。请依据《${NOTICE}》录入；录入前，落在2027年的期限均为预计。`,
    )
    // The head cannot enter the calendar: no link to a section they may not open.
    expect(banner.find('a').exists()).toBe(false)
    wrapper.unmount()
  })

  it('links the system administrator to the calendar, in English too', async () => {
    backend(() => jsonResponse({ year: 2027, due: true, notice: NOTICE }))
    const wrapper = await mountAs('SYSTEM_ADMINISTRATOR', 'en')
    const banner = wrapper.get('section.calendar-year-banner')
    expect(banner.text()).toContain('The 2027 holiday arrangement has not been entered yet.')
    expect(banner.get('span[lang="zh-CN"]').text()).toBe(NOTICE)
    expect(banner.get('a').attributes('href')).toBe('/staff/calendar')
    wrapper.unmount()
  })

  it('shows nothing to a citizen, and does not ask', async () => {
    const fetch = backend(() => jsonResponse({ year: 2027, due: true, notice: NOTICE }))
    const wrapper = await mountAs('CITIZEN')
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.find('section').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows nothing while the entry is not due yet', async () => {
    backend(() => jsonResponse({ year: 2027, due: false, notice: NOTICE }))
    const wrapper = await mountAs('OGI_OFFICE_HEAD')
    expect(wrapper.find('section').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows nothing when the portal cannot say', async () => {
    backend(() => jsonResponse({ status: 500, title: 'error' }, 500, 'application/problem+json'))
    const wrapper = await mountAs('SYSTEM_ADMINISTRATOR')
    expect(wrapper.find('section').exists()).toBe(false)
    wrapper.unmount()
  })
})
