import { describe, expect, it } from 'vitest'
import { mountWith } from '@/test/mountWith'
import HotlineTimeline from './HotlineTimeline.vue'

describe('HotlineTimeline', () => {
  it('names each step with its time in China and its public note, in English too', async () => {
    const { wrapper } = await mountWith(HotlineTimeline, {
      props: {
        entries: [
          { seq: 1, type: 'RECEIVED', occurredAt: '2026-12-02T01:15:00Z', note: null },
          {
            seq: 2,
            type: 'RETURNED',
            occurredAt: '2026-12-02T08:00:00Z',
            note: '不属于本部门职责',
          },
        ],
      },
      locale: 'en',
    })
    const entries = wrapper.findAll('.timeline-entry')
    expect(entries.map((entry) => entry.get('.timeline-event').text())).toEqual([
      'Received',
      'Returned by the department, to be sent on',
    ])
    expect(entries[0]!.get('time').attributes('datetime')).toBe('2026-12-02T01:15:00Z')
    expect(entries[0]!.get('time').text()).toBe('2 December 2026 at 09:15')
    expect(entries[0]!.find('.timeline-note').exists()).toBe(false)
    expect(entries[1]!.get('.timeline-note').text()).toBe('不属于本部门职责')
    wrapper.unmount()
  })
})
