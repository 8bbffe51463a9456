import { describe, expect, it } from 'vitest'
import { chartHeight, chartOption, lineFloor, wrapName, type ChartStyle } from './chartOption'
import {
  formatMonth,
  formatRate,
  meetsTarget,
  percent,
  readStatisticsQuery,
  statisticsLocationQuery,
} from './statistics'

const STYLE: ChartStyle = {
  fontSize: 16,
  text: '#000',
  muted: '#333',
  border: '#999',
  palette: ['#00f', '#f00', '#0f0'],
  width: 343,
  animation: true,
}

describe('the rates against their targets', () => {
  it.each([
    [1, 1, true],
    [0.9999, 1, false],
    [0.98, 1, false],
    [0.95, 0.95, true],
    [0.9499, 0.95, false],
    [0, 0.95, false],
    [null, 0.95, null],
    [undefined, 1, null],
  ] as const)('%s against a target of %s meets it: %s', (rate, target, met) => {
    expect(meetsTarget(rate, target)).toBe(met)
  })

  it('writes rates as percentages to one place, in either language', () => {
    expect(formatRate(0.9127, 'zh-CN')).toBe('91.3%')
    expect(formatRate(1, 'en')).toBe('100%')
    expect(formatRate(0.95, 'zh-CN')).toBe('95%')
    expect(formatRate(null, 'zh-CN')).toBe('')
    expect(percent(0.9878)).toBe(98.8)
    expect(percent(null)).toBeNull()
  })

  it('names months in the reader’s language', () => {
    expect(formatMonth('2026-01', 'zh-CN')).toBe('2026年1月')
    expect(formatMonth('2026-01', 'zh-CN', true)).toBe('1月')
    expect(formatMonth('2026-01', 'en')).toBe('Jan 2026')
  })
})

describe('the statistics query', () => {
  it('reads days, and a department code, from the address', () => {
    expect(
      readStatisticsQuery({ from: '2026-01-01', to: '2026-06-30', agency: '340600-scjg' }),
    ).toEqual({ from: '2026-01-01', to: '2026-06-30', agency: '340600-scjg' })
  })

  it('drops what is no day or no code, so that the default applies', () => {
    expect(readStatisticsQuery({ from: 'yesterday', to: '2026/06/30', agency: '<x>' })).toEqual({
      from: undefined,
      to: undefined,
      agency: undefined,
    })
  })

  it('leaves the defaults out of the address', () => {
    expect(statisticsLocationQuery({})).toEqual({})
    expect(statisticsLocationQuery({ from: '2026-01-01' })).toEqual({ from: '2026-01-01' })
  })
})

describe('the chart drawing', () => {
  it('wraps a long Chinese name over two lines and cuts the rest', () => {
    expect(wrapName('淮北市水务局', 8)).toBe('淮北市水务局')
    expect(wrapName('淮北市住房和城乡建设局', 8)).toBe('淮北市住房和城乡\n建设局')
    expect(wrapName('淮北市人力资源和社会保障局局局', 6)).toBe('淮北市人力资\n源和社会保…')
  })

  it('wraps English names between words', () => {
    expect(wrapName('Not dispatched (merged or answered)', 10)).toBe(
      'Not dispatched\n(merged or answered)',
    )
  })

  it('starts a rate axis a round ten below the lowest rate or target', () => {
    const spec = {
      kind: 'line' as const,
      percent: true,
      categories: ['1', '2'],
      series: [{ name: 'a', values: [91.3, null], target: { label: 't', value: 95 } }],
    }
    expect(lineFloor(spec)).toBe(80)
    expect(lineFloor({ ...spec, series: [{ name: 'a', values: [3] }] })).toBe(0)
  })

  it('draws no animation when it is not allowed, and labels every bar', () => {
    const spec = {
      kind: 'column' as const,
      categories: ['咨询'],
      series: [{ name: '受理量', values: [81] }],
    }
    const option = chartOption(spec, { ...STYLE, animation: false })
    expect(option.animation).toBe(false)
    expect(option.series).toMatchObject([{ type: 'bar', data: [81], label: { show: true } }])
  })

  it('gives each bar across its own height, so that many names stay readable', () => {
    const bars = (n: number) => ({
      kind: 'bar' as const,
      categories: Array.from({ length: n }, (_, i) => `部门${i}`),
      series: [{ name: 'x', values: Array.from({ length: n }, () => 1) }],
    })
    expect(chartHeight(bars(16), STYLE)).toBeGreaterThan(chartHeight(bars(4), STYLE) * 3)
  })
})
