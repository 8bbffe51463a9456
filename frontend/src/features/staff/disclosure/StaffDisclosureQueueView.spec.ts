import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { QueueItem, QueuePage } from '@/api/disclosure'
import { jsonResponse, mountWith } from '@/test/mountWith'
import StaffDisclosureQueueView from './StaffDisclosureQueueView.vue'

afterEach(() => vi.unstubAllGlobals())

function item(overrides: Partial<QueueItem>): QueueItem {
  return {
    number: '340600-2026-000001',
    receivedOn: '2026-12-14',
    state: 'IN_PROGRESS',
    applicantKind: 'NATURAL_PERSON',
    applicantName: '张三',
    idNumber: '3406**********0011',
    phone: '138****0000',
    title: '2025年部门预算',
    dueOn: '2027-01-13',
    dueOnProvisional: false,
    workingDaysLeft: 18,
    overdue: false,
    atRisk: false,
    paused: false,
    correctionDueOn: null,
    assignee: null,
    extensionPending: false,
    ...overrides,
  }
}

async function mountQueue(items: QueueItem[]) {
  const page: QueuePage = { items, page: 1, size: 20, total: items.length }
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      jsonResponse(url.startsWith('/api/staff/disclosure/requests') ? page : []),
    ),
  )
  const { wrapper } = await mountWith(StaffDisclosureQueueView, {
    props: { sections: ['disclosure'] },
    path: '/staff/disclosure',
  })
  await flushPromises()
  return wrapper
}

function dueOf(wrapper: Awaited<ReturnType<typeof mountQueue>>, number: string) {
  const card = wrapper
    .findAll('.request-card')
    .find((candidate) => candidate.get('h3').text().includes(number))!
  const row = card
    .findAll('.request-card-facts > div')
    .find((div) => div.text().includes('答复期限'))!
  return row.get('dd').text()
}

describe('StaffDisclosureQueueView', () => {
  it('marks a provisional reply deadline 预计, in words', async () => {
    const wrapper = await mountQueue([
      item({ number: '340600-2026-000001', dueOnProvisional: true }),
      item({ number: '340600-2026-000002', dueOn: '2026-12-30', workingDaysLeft: 10 }),
    ])
    expect(dueOf(wrapper, '000001')).toBe('2027年1月13日（预计） · 还有 18 个工作日')
    expect(dueOf(wrapper, '000002')).toBe('2026年12月30日 · 还有 10 个工作日')
    wrapper.unmount()
  })

  it('says the deadline waits for the correction only when one was asked for', async () => {
    const wrapper = await mountQueue([
      item({
        number: '340600-2026-000003',
        state: 'AWAITING_CORRECTION',
        dueOn: null,
        workingDaysLeft: null,
        paused: true,
        correctionDueOn: '2026-12-28',
      }),
      item({ number: '340600-2026-000004', state: 'RECEIVED', dueOn: null, workingDaysLeft: null }),
    ])
    expect(dueOf(wrapper, '000003')).toBe('待补正后重新计算')
    expect(dueOf(wrapper, '000004')).toBe('暂无法计算')
    wrapper.unmount()
  })
})
