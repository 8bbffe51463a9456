import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '@/api/disclosure'
import { mountWith } from '@/test/mountWith'
import DisclosureTimeline from './DisclosureTimeline.vue'

const CONFIRMED: TimelineEntry = {
  seq: 4,
  type: 'DEADLINE_CONFIRMED',
  occurredOn: '2026-12-20',
  recordedAt: '2026-12-20T02:00:00Z',
  actorRole: 'SYSTEM',
  actor: 'working-day-calendar',
  details: { year: '2027', dueOn: '2027-01-13', provisional: 'false' },
}

describe('DisclosureTimeline', () => {
  it('tells the applicant the deadline became final, with the year entered and the day', async () => {
    const { wrapper } = await mountWith(DisclosureTimeline, { props: { entries: [CONFIRMED] } })
    expect(wrapper.get('.timeline-event').text()).toBe('答复期限确定')
    const details = wrapper.findAll('.timeline-details > div').map((row) => row.text())
    expect(details).toEqual(['录入节假日安排的年份2027年', '确定的答复期限2027年1月13日'])
    expect(wrapper.find('.timeline-actor').exists()).toBe(false)
    wrapper.unmount()
  })

  it('names the system as the actor for staff, in English too', async () => {
    const { wrapper } = await mountWith(DisclosureTimeline, {
      props: {
        entries: [{ ...CONFIRMED, details: { year: '2027', provisional: 'false' } }],
        staff: true,
      },
      locale: 'en',
    })
    expect(wrapper.get('.timeline-event').text()).toBe('Deadline confirmed')
    expect(wrapper.findAll('.timeline-details > div')).toHaveLength(1)
    expect(wrapper.get('.timeline-actor').text()).toBe('By working-day-calendar (System)')
    wrapper.unmount()
  })
})
