import { describe, expect, it } from 'vitest'
import { HANDLED_TICKET } from '@/test/hotlineStaffFixtures'
import { mountWith } from '@/test/mountWith'
import HotlineStaffTimeline from './HotlineStaffTimeline.vue'

describe('HotlineStaffTimeline', () => {
  it('names each step, who took it for which agency, and its note', async () => {
    const entries = [
      ...HANDLED_TICKET.timeline,
      {
        seq: 5,
        type: 'CLOSED_UNRATED' as const,
        occurredAt: '2027-01-21T00:00:00+08:00',
        note: null,
        actor: 'system',
        actorRole: null,
        agency: null,
      },
    ]
    const { wrapper } = await mountWith(HotlineStaffTimeline, { props: { entries } })
    const steps = wrapper.findAll('.timeline-entry')
    expect(steps.map((step) => step.get('.timeline-event').text())).toEqual([
      '受理诉求',
      '派发承办部门',
      '承办部门签收',
      '申请延期',
      '逾期未评价，办结',
    ])
    expect(steps[0]!.get('time').text()).toBe('2026年12月14日 09:05')
    expect(steps[1]!.get('.timeline-note').text()).toBe('派至淮北市城市管理局')
    expect(steps[4]!.get('.timeline-actor').text()).toBe('办理人：系统')
    wrapper.unmount()
  })

  it('speaks English under English, agency names staying Chinese', async () => {
    const { wrapper } = await mountWith(HotlineStaffTimeline, {
      props: { entries: HANDLED_TICKET.timeline.slice(1, 2) },
      locale: 'en',
    })
    expect(wrapper.get('.timeline-actor').text()).toBe(
      'By 淮北市人民政府 · 12345 hotline dispatcher · dispatcher-huaibei',
    )
    expect(wrapper.get('.timeline-note').attributes('lang')).toBe('zh-CN')
    wrapper.unmount()
  })
})
