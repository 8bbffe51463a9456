import { describe, expect, it } from 'vitest'
import { HOTLINE_EVENT_TYPES } from '@/api/hotline'
import { createPortalI18n, LOCALES } from '@/i18n'
import { mountWith } from '@/test/mountWith'
import HotlineTimeline from './HotlineTimeline.vue'

describe('HotlineTimeline', () => {
  it('names each step with its time in China and its public note, in English too', async () => {
    const { wrapper } = await mountWith(HotlineTimeline, {
      props: {
        // As the backend sends them: times with China's offset; a return's reason is for staff only.
        entries: [
          { seq: 1, type: 'RECEIVED', occurredAt: '2026-12-02T09:15:00+08:00', note: null },
          {
            seq: 2,
            type: 'DISPATCHED',
            occurredAt: '2026-12-02T11:00:00+08:00',
            note: '派至淮北市城市管理局',
          },
          { seq: 3, type: 'RETURNED', occurredAt: '2026-12-02T16:00:00+08:00', note: null },
        ],
      },
      locale: 'en',
    })
    const entries = wrapper.findAll('.timeline-entry')
    expect(entries.map((entry) => entry.get('.timeline-event').text())).toEqual([
      'Received',
      'Sent to the department in charge',
      'Returned by the department, to be sent on',
    ])
    expect(entries[0]!.get('time').attributes('datetime')).toBe('2026-12-02T09:15:00+08:00')
    expect(entries[0]!.get('time').text()).toBe('2 December 2026 at 09:15')
    expect(entries[0]!.find('.timeline-note').exists()).toBe(false)
    expect(entries[1]!.get('.timeline-note').text()).toBe('派至淮北市城市管理局')
    expect(entries[2]!.find('.timeline-note').exists()).toBe(false)
    wrapper.unmount()
  })

  it.each(LOCALES)('names every kind of step the API sends in %s', (locale) => {
    const { te } = createPortalI18n(locale).global
    expect(HOTLINE_EVENT_TYPES.filter((type) => !te(`hotlineEvent.${type}`))).toEqual([])
  })
})
