import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import WorkingDayCalculator from './WorkingDayCalculator.vue'
import { jsonResponse, mountWith } from '@/test/mountWith'

afterEach(() => vi.unstubAllGlobals())

describe('WorkingDayCalculator', () => {
  it('checks the form before asking the portal', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(WorkingDayCalculator)
    await wrapper.get('#calc-from').setValue('')
    await wrapper.get('#calc-add').setValue('abc')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fetch).not.toHaveBeenCalled()
    const links = wrapper.findAll('.error-summary a')
    expect(links.map((link) => link.attributes('href'))).toEqual(['#calc-from', '#calc-add'])
    expect(wrapper.get('#calc-add').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#calc-add-error').text()).toContain('0 到 366')
    wrapper.unmount()
  })

  it('shows the date the portal worked out', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse({
          from: '2026-11-23',
          add: 20,
          date: '2026-12-21',
          fromIsWorkingDay: true,
          provisional: false,
        }),
      ),
    )
    const { wrapper } = await mountWith(WorkingDayCalculator)
    await wrapper.get('#calc-from').setValue('2026-11-23')
    await wrapper.get('#calc-add').setValue('20')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.result-panel').text()).toBe(
      '自2026年11月23日起 20 个工作日，期限届满日为2026年12月21日（星期一）。',
    )
    expect(wrapper.find('.error-summary').exists()).toBe(false)
    expect(wrapper.find('.calculator-provisional').exists()).toBe(false)
    wrapper.unmount()
  })

  it('marks an answer counted on a year not entered yet as 预计, and says why', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse({
          from: '2026-12-14',
          add: 20,
          date: '2027-01-13',
          fromIsWorkingDay: true,
          provisional: true,
        }),
      ),
    )
    const { wrapper } = await mountWith(WorkingDayCalculator)
    await wrapper.get('#calc-from').setValue('2026-12-14')
    await wrapper.get('#calc-add').setValue('20')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.result-panel').text()).toBe(
      '自2026年12月14日起 20 个工作日，期限届满日预计为2027年1月13日（星期三）。',
    )
    expect(wrapper.get('.calculator-provisional').text()).toBe(
      '预计：所涉年份的节假日安排尚未录入，本结果暂按法定节假日估算，录入后可能变化。',
    )
    wrapper.unmount()
  })

  it('marks a provisional count of working days in English too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse({
          from: '2026-12-14',
          to: '2027-01-13',
          workingDays: 20,
          provisional: true,
        }),
      ),
    )
    const { wrapper } = await mountWith(WorkingDayCalculator, { locale: 'en' })
    await wrapper.get('#calc-mode-between').setValue(true)
    await wrapper.get('#calc-from').setValue('2026-12-14')
    await wrapper.get('#calc-to').setValue('2027-01-13')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.result-panel').text()).toContain('there are provisionally 20 working days')
    expect(wrapper.get('.calculator-provisional').text()).toContain('statutory public holidays')
    wrapper.unmount()
  })

  it('puts the portal’s field problems next to the fields and in the summary', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse(
          {
            type: 'urn:problem-type:gongkai:validation',
            title: '提交的内容有误',
            status: 400,
            errors: [{ field: 'add', message: '不能大于366' }],
          },
          400,
          'application/problem+json',
        ),
      ),
    )
    const { wrapper } = await mountWith(WorkingDayCalculator)
    await wrapper.get('#calc-from').setValue('2026-11-23')
    await wrapper.get('#calc-add').setValue('300')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#calc-add-error').text()).toContain('不能大于366')
    expect(wrapper.get('.error-summary a').attributes('href')).toBe('#calc-add')
    wrapper.unmount()
  })

  it('counts working days between two dates and refuses an end before the start', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(
        jsonResponse({ from: '2026-11-23', to: '2026-12-31', workingDays: 28, provisional: false }),
      )
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(WorkingDayCalculator)
    await wrapper.get('#calc-mode-between').setValue(true)
    await wrapper.get('#calc-from').setValue('2026-11-23')
    await wrapper.get('#calc-to').setValue('2026-11-01')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#calc-to-error').text()).toContain('不能早于')
    expect(fetch).not.toHaveBeenCalled()

    await wrapper.get('#calc-to').setValue('2026-12-31')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fetch.mock.calls[0]![0]).toBe('/api/calendar/working-days?from=2026-11-23&to=2026-12-31')
    expect(wrapper.get('.result-panel').text()).toContain('28')
    wrapper.unmount()
  })
})
