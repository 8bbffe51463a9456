import { describe, expect, it } from 'vitest'
import type { Reply } from '@/api/disclosure'
import { mountWith } from '@/test/mountWith'
import ReplyPanel from './ReplyPanel.vue'

const REPLY: Reply = {
  outcome: 'DISCLOSED',
  legalBasis: null,
  explanation: null,
  withheldParts: null,
  competentAgency: null,
  whereAlreadyPublished: null,
  accessArrangements: '请于 2026 年 12 月 1 日前到本机关政务公开窗口领取。',
  repeatOf: null,
}

async function terms(reply: Reply, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const { wrapper } = await mountWith(ReplyPanel, {
    locale,
    props: { reply, closedOn: null, agencyName: '淮北市人民政府' },
  })
  const rows = wrapper
    .findAll('.summary-row')
    .map((row) => [row.get('dt').text(), row.get('dd').text()])
  wrapper.unmount()
  return rows
}

describe('ReplyPanel', () => {
  it('tells how, where and when to obtain the information released', async () => {
    expect(await terms(REPLY)).toContainEqual([
      '获取方式、途径和时间',
      '请于 2026 年 12 月 1 日前到本机关政务公开窗口领取。',
    ])
    expect((await terms(REPLY, 'en')).map(([term]) => term)).toContain(
      'How, where and when to obtain it',
    )
  })

  it('leaves the row out when the reply does not say', async () => {
    const rows = await terms({ ...REPLY, accessArrangements: null })
    expect(rows.map(([term]) => term)).not.toContain('获取方式、途径和时间')
  })
})
