import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { AgencyCompliance, ComplianceBoard } from '@/api/types'
import { jsonResponse, mountWith } from '@/test/mountWith'
import ReportComplianceView from './ReportComplianceView.vue'

/** As the backend sorts them: the worst standing first. */
const BOARD: AgencyCompliance[] = [
  {
    agencyCode: '340602',
    agencyName: '杜集区人民政府',
    agencyNameEn: null,
    agencyKind: 'DISTRICT_GOVERNMENT',
    reports: [
      {
        kind: 'RULE_OF_LAW',
        deadline: '2020-04-01',
        publishedOn: null,
        standing: 'MISSING',
        url: null,
      },
      {
        kind: 'OPEN_GOVERNMENT_INFORMATION',
        deadline: '2020-03-31',
        publishedOn: '2020-05-06',
        standing: 'LATE',
        url: '/reports/340602/2019/open-government-information',
      },
    ],
  },
  {
    agencyCode: '340621',
    agencyName: '濉溪县人民政府',
    agencyNameEn: null,
    agencyKind: 'COUNTY_GOVERNMENT',
    reports: [
      {
        kind: 'RULE_OF_LAW',
        deadline: '2020-04-01',
        publishedOn: '2020-03-30',
        standing: 'ON_TIME',
        url: '/reports/340621/2019/rule-of-law',
      },
      {
        kind: 'OPEN_GOVERNMENT_INFORMATION',
        deadline: '2020-03-31',
        publishedOn: '2020-03-20',
        standing: 'ON_TIME',
        url: '/reports/340621/2019/open-government-information',
      },
    ],
  },
]

const board = (year: number, lines: AgencyCompliance[]): ComplianceBoard => ({
  year,
  latestYear: 2025,
  agencies: lines.length,
  counts: [
    { standing: 'MISSING', reports: 1 },
    { standing: 'LATE', reports: 1 },
    { standing: 'NOT_YET_DUE', reports: 0 },
    { standing: 'ON_TIME', reports: 2 },
  ],
  lines,
})

/** The query of every call to the board's API, in order. */
const queries: string[] = []

function backend(answer: (year: string) => Response) {
  const years: string[] = []
  queries.length = 0
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const [path, search] = url.split('?')
      if (path === '/api/reports/compliance') {
        queries.push(search ?? '')
        const year = new URLSearchParams(search).get('year') ?? ''
        years.push(year)
        return answer(year)
      }
      return jsonResponse({ status: 404, title: 'Not Found' }, 404, 'application/problem+json')
    }),
  )
  return years
}

async function open(path = '/reports/compliance') {
  const mounted = await mountWith(ReportComplianceView, { path })
  await flushPromises()
  return mounted
}

const cellTexts = (row: { findAll: (selector: string) => { text: () => string }[] }) =>
  row.findAll('th, td').map((cell) => cell.text())

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 23, 10))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the compliance board', () => {
  it('lets the portal choose the year, and shows the one it chose with the years back to 2019', async () => {
    const years = backend(() => jsonResponse(board(2025, BOARD)))
    const { wrapper } = await open()
    expect(years).toEqual([''])
    expect(wrapper.get('#compliance-summary').text()).toBe('2025年度汇总')
    const select = wrapper.get('#compliance-year')
    expect((select.element as HTMLSelectElement).value).toBe('2025')
    const options = select.findAll('option').map((option) => option.text())
    expect(options[0]).toBe('2025年度')
    expect(options.at(-1)).toBe('2019年度')
    expect(options).toHaveLength(7)
    wrapper.unmount()
  })

  it("lists each agency in the backend's order with deadlines, dates and standings in words", async () => {
    backend((year) => jsonResponse(board(Number(year || 2025), BOARD)))
    const { wrapper } = await open('/reports/compliance?year=2019')
    const table = wrapper.get('.compliance-table')
    expect(table.attributes('role')).toBe('region')
    expect(table.attributes('tabindex')).toBe('0')
    expect(table.attributes('aria-label')).toBe('各机关年度报告公开情况表')
    expect(table.get('caption').text()).toContain('2019年度各机关年度报告公开情况')
    expect(cellTexts(table.get('thead tr'))).toEqual([
      '机关',
      '法治政府建设年度报告',
      '政府信息公开工作年度报告',
    ])

    const rows = table.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(cellTexts(rows[0]!)).toEqual([
      '杜集区人民政府',
      '2020年4月1日',
      '未公开',
      '逾期未公开',
      '2020年3月31日',
      '2020年5月6日（杜集区人民政府 政府信息公开工作年度报告）',
      '逾期公开',
    ])
    expect(cellTexts(rows[1]!)).toEqual([
      '濉溪县人民政府',
      '2020年4月1日',
      '2020年3月30日（濉溪县人民政府 法治政府建设年度报告）',
      '按期公开',
      '2020年3月31日',
      '2020年3月20日（濉溪县人民政府 政府信息公开工作年度报告）',
      '按期公开',
    ])
    expect(rows[1]!.get('th a').attributes('href')).toBe('/agencies/340621')
    const published = rows[1]!.findAll('td a')[0]!
    expect(published.attributes('href')).toBe('/reports/340621/2019/rule-of-law')
    expect(published.get('time').attributes('datetime')).toBe('2020-03-30')
    // Unpublished: no link at all.
    expect(rows[0]!.findAll('td')[1]!.find('a').exists()).toBe(false)
    // Standing as a badge whose words say it, not its colour alone.
    expect(rows[0]!.get('.badge--overdue').text()).toBe('逾期未公开')
    wrapper.unmount()
  })

  it('gives each agency one compact row for narrow screens', async () => {
    backend((year) => jsonResponse(board(Number(year || 2025), BOARD)))
    const { wrapper } = await open('/reports/compliance?year=2019')
    const rows = wrapper.findAll('.compliance-row')
    expect(rows.map((row) => row.get('.compliance-row-name').text())).toEqual([
      '杜集区人民政府',
      '濉溪县人民政府',
    ])
    const suixi = rows[1]!.findAll('.compliance-row-reports li').map((item) => item.text())
    expect(suixi[0]).toBe(
      '法治政府建设 按期公开 2020年3月30日（濉溪县人民政府 法治政府建设年度报告）',
    )
    expect(rows[0]!.findAll('.compliance-row-reports li')[0]!.text()).toBe(
      '法治政府建设 逾期未公开',
    )
    wrapper.unmount()
  })

  it('asks for the standing and kind of agency in the address, and offers to clear them', async () => {
    backend((year) => jsonResponse(board(Number(year || 2025), BOARD.slice(0, 1))))
    const { wrapper, router } = await open()
    await wrapper.get('#compliance-standing').setValue('LATE')
    await wrapper.get('#compliance-agency-kind').setValue('DISTRICT_GOVERNMENT')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe(
      '/reports/compliance?year=2025&standing=LATE&agencyKind=DISTRICT_GOVERNMENT',
    )
    expect(queries.at(-1)).toBe('year=2025&standing=LATE&agencyKind=DISTRICT_GOVERNMENT')
    expect(wrapper.get('.compliance-listed').text()).toContain('列出 1 个机关。')
    expect(wrapper.get('.compliance-listed a').attributes('href')).toBe(
      '/reports/compliance?year=2025',
    )
    wrapper.unmount()
  })

  it('counts the reports of each standing above the table', async () => {
    backend((year) => jsonResponse(board(Number(year || 2025), BOARD)))
    const { wrapper } = await open('/reports/compliance?year=2019')
    expect(wrapper.get('#compliance-summary').text()).toBe('2019年度汇总')
    const items = wrapper.findAll('.standing-chart li')
    expect(
      items.map((item) => [item.get('.badge').text(), item.get('.standing-count').text()]),
    ).toEqual([
      ['逾期未公开', '1 份'],
      ['逾期公开', '1 份'],
      ['尚未到期', '0 份'],
      ['按期公开', '2 份'],
    ])
    const status = wrapper.get('.result-count')
    expect(status.attributes('role')).toBe('status')
    expect(status.text()).toBe('共 2 个机关、4 份年度报告')
    wrapper.unmount()
  })

  it('asks again for the year chosen, and puts it in the address', async () => {
    const years = backend((year) =>
      jsonResponse(year === '2019' ? board(2019, BOARD) : board(2025, BOARD.slice(1))),
    )
    const { wrapper, router } = await open()
    expect(wrapper.findAll('.compliance-table tbody tr')).toHaveLength(1)
    await wrapper.get('#compliance-year').setValue('2019')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/reports/compliance?year=2019')
    expect(years).toEqual(['', '2019'])
    expect(wrapper.findAll('.compliance-table tbody tr')).toHaveLength(2)
    expect(wrapper.get('#compliance-summary').text()).toBe('2019年度汇总')
    wrapper.unmount()
  })

  it('keeps a year from the address outside the usual range among the choices', async () => {
    const years = backend((year) => jsonResponse(board(Number(year), [])))
    const { wrapper } = await open('/reports/compliance?year=2010')
    expect(years).toEqual(['2010'])
    expect((wrapper.get('#compliance-year').element as HTMLSelectElement).value).toBe('2010')
    expect(wrapper.get('.empty-state').text()).toBe('暂无机关。')
    wrapper.unmount()
  })

  it('puts a refused year beside its field and in an error summary', async () => {
    backend(() =>
      jsonResponse(
        {
          type: 'urn:problem-type:gongkai:validation',
          title: '提交的内容有误',
          status: 400,
          detail: '请按提示修改标出的字段后重新提交。',
          errors: [{ field: 'year', message: '不能小于2,000' }],
        },
        400,
        'application/problem+json',
      ),
    )
    const { wrapper } = await open('/reports/compliance?year=2000')
    expect(wrapper.get('.error-summary a').text()).toBe('报告年度：不能小于2,000')
    expect(wrapper.get('#compliance-year').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true)
    wrapper.unmount()
  })

  it("shows the portal's own words when it refuses the year", async () => {
    backend(() =>
      jsonResponse(
        { type: 'about:blank', title: '请求参数有误', status: 400, detail: '年度超出范围。' },
        400,
        'application/problem+json',
      ),
    )
    const { wrapper } = await open('/reports/compliance?year=2100')
    expect(wrapper.get('[role="alert"]').text()).toContain('年度超出范围。')
    expect(wrapper.find('table').exists()).toBe(false)
    wrapper.unmount()
  })
})
