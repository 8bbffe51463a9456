import { describe, expect, it } from 'vitest'
import type { Deadline, DisclosureState } from '@/api/disclosure'
import { mountWith } from '@/test/mountWith'
import DeadlinePanel from './DeadlinePanel.vue'

function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    dueOn: '2026-12-21',
    dueOnProvisional: false,
    firstDueOn: '2026-12-21',
    paused: false,
    workingDaysLeft: 12,
    overdue: false,
    atRisk: false,
    correctionNoticeDueOn: null,
    correctionNoticeDueOnProvisional: false,
    correctionDueOn: null,
    provisionalYear: null,
    explanation: [],
    ...overrides,
  }
}

async function mountPanel(
  value: Deadline,
  state: DisclosureState = 'IN_PROGRESS',
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  const { wrapper } = await mountWith(DeadlinePanel, { props: { deadline: value, state }, locale })
  return wrapper
}

describe('DeadlinePanel', () => {
  it('shows a final date without any mark', async () => {
    const wrapper = await mountPanel(deadline())
    expect(wrapper.get('.deadline-date strong').text()).toBe('2026年12月21日（星期一）')
    expect(wrapper.find('.provisional-mark').exists()).toBe(false)
    expect(wrapper.find('.deadline-provisional').exists()).toBe(false)
    wrapper.unmount()
  })

  it('marks a provisional date 预计 in words and says when it becomes final', async () => {
    const sentence = '2027年的节假日安排尚未录入，落在2027年的日期为预计。'
    const wrapper = await mountPanel(
      deadline({
        dueOn: '2027-01-13',
        dueOnProvisional: true,
        provisionalYear: 2027,
        explanation: ['自2026年12月14日起算 20 个工作日。', sentence],
      }),
    )
    expect(wrapper.get('.deadline-date strong').text()).toBe('2027年1月13日（星期三）（预计）')
    expect(wrapper.get('time').attributes('datetime')).toBe('2027-01-13')
    expect(wrapper.get('.deadline-provisional').text()).toBe('2027年节假日安排录入后确定')
    // The server's own sentence on the marking is shown once, as it comes.
    expect(wrapper.text().split(sentence)).toHaveLength(2)
    wrapper.unmount()
  })

  it('says “provisional” in English', async () => {
    const wrapper = await mountPanel(
      deadline({ dueOn: '2027-01-13', dueOnProvisional: true, provisionalYear: 2027 }),
      'IN_PROGRESS',
      'en',
    )
    expect(wrapper.get('.deadline-date strong').text()).toBe(
      'Wednesday 13 January 2027 (provisional)',
    )
    expect(wrapper.get('.deadline-provisional').text()).toBe(
      'Final once the 2027 holiday arrangement is entered',
    )
    wrapper.unmount()
  })

  it('does not mark the reply date when only another date of the deadline is provisional', async () => {
    const wrapper = await mountPanel(deadline({ provisionalYear: 2027 }))
    expect(wrapper.find('.provisional-mark').exists()).toBe(false)
    expect(wrapper.find('.deadline-provisional').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says the date is set again after the correction only while one is asked for', async () => {
    const awaiting = await mountPanel(
      deadline({ dueOn: null, workingDaysLeft: null, correctionDueOn: '2026-12-08' }),
      'AWAITING_CORRECTION',
    )
    expect(awaiting.get('.deadline-date').text()).toBe('待补正后重新计算')
    awaiting.unmount()

    const unknown = await mountPanel(deadline({ dueOn: null, workingDaysLeft: null }), 'RECEIVED')
    expect(unknown.get('.deadline-date').text()).toBe('暂无法计算')
    expect(unknown.text()).not.toContain('补正')
    unknown.unmount()
  })
})
