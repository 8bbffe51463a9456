import { describe, expect, it } from 'vitest'
import { mountWith } from '@/test/mountWith'
import StatisticsFigure from './StatisticsFigure.vue'

const props = {
  id: 'fig',
  title: '按诉求类型',
  caption: '按诉求类型统计',
  columns: ['诉求类型', '受理量（件）', '满意率'],
  rows: [
    { key: 'ENQUIRY', header: '咨询', cells: ['81', { main: '98.3%', detail: '57/58' }] },
    { key: 'x', header: '淮北市水务局', lang: 'zh-CN', cells: ['3', '暂无'] },
  ],
  charts: [
    { kind: 'column' as const, categories: ['咨询'], series: [{ name: 'n', values: [81] }] },
  ],
  empty: '没有工单',
}

describe('StatisticsFigure', () => {
  it('puts every number in a table with a caption and headers for columns and rows', async () => {
    const { wrapper } = await mountWith(StatisticsFigure, {
      props,
      global: { stubs: { StatisticsChart: true } },
    })
    const table = wrapper.get('table')
    expect(table.get('caption').text()).toBe('按诉求类型统计')
    expect(table.findAll('thead th').map((th) => th.attributes('scope'))).toEqual([
      'col',
      'col',
      'col',
    ])
    const rows = table.findAll('tbody tr')
    expect(rows[0]!.get('th').attributes('scope')).toBe('row')
    expect(rows[0]!.findAll('td').map((td) => td.text())).toEqual(['81', '98.3%57/58'])
    expect(rows[1]!.get('th').attributes('lang')).toBe('zh-CN')
    expect(wrapper.get('.table-scroll').attributes('aria-labelledby')).toBe('fig-caption')
  })

  it('says so when there is nothing to show, with no chart and no table', async () => {
    const { wrapper } = await mountWith(StatisticsFigure, {
      props: { ...props, rows: [] },
      global: { stubs: { StatisticsChart: true } },
    })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('.empty-state').text()).toBe('没有工单')
  })
})
