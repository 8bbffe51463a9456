import { describe, expect, it } from 'vitest'
import { TICKET } from '@/test/hotlineFixtures'
import { mountWith } from '@/test/mountWith'
import HotlineDeadlines from './HotlineDeadlines.vue'

describe('HotlineDeadlines', () => {
  it('shows the limits the state still waits on, overdue in words, provisional marked', async () => {
    const { wrapper } = await mountWith(HotlineDeadlines, {
      props: {
        state: 'RECEIVED',
        deadlines: { ...TICKET.deadlines, overdue: true, provisional: true },
      },
    })
    const rows = wrapper.findAll('.deadline-date').map((row) => row.text())
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('应在此日前受理派单')
    expect(rows[0]).toContain('2026年12月3日（星期四）（预计）')
    expect(rows[1]).toContain('应在此日前答复')
    expect(rows[1]).toContain('已逾期')
    expect(wrapper.find('.deadline-provisional').exists()).toBe(true)
    wrapper.unmount()
  })

  it('says nothing once the ticket is closed', async () => {
    const { wrapper } = await mountWith(HotlineDeadlines, {
      props: { state: 'CLOSED', deadlines: TICKET.deadlines },
    })
    expect(wrapper.find('.deadline-panel').exists()).toBe(false)
    wrapper.unmount()
  })
})
