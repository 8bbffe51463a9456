import { describe, expect, it } from 'vitest'
import { isAnnualReport, REPORT_KINDS } from '@/api/report'
import {
  archiveLocationQuery,
  pageCount,
  readArchiveQuery,
  toReportFilter,
  yearsNewestFirst,
} from './archiveQuery'

describe('the archive address', () => {
  it.each([
    [{}, { page: 1 }],
    [
      { agency: '340621', year: '2019', kind: 'RULE_OF_LAW', page: '2' },
      { agency: '340621', year: 2019, kind: 'RULE_OF_LAW', page: 2 },
    ],
    [{ kind: 'RULE_OF_LAW_PLAN' }, { kind: 'RULE_OF_LAW_PLAN', page: 1 }],
    // What the API would refuse is left out: the archive shows everything rather than an error.
    [{ agency: '<script>', year: '19', kind: 'ANNUAL', page: 'two' }, { page: 1 }],
    [{ year: '1999', page: '0' }, { page: 1 }],
    [{ year: '2101', page: '-3' }, { page: 1 }],
    [{ page: '99999999' }, { page: 10_001 }],
  ])('%j reads as %j', (query, expected) => {
    expect(readArchiveQuery(query)).toEqual({
      agency: undefined,
      year: undefined,
      kind: undefined,
      ...expected,
    })
  })

  it('ignores a parameter given twice', () => {
    expect(readArchiveQuery({ year: ['2019', '2020'] }).year).toBeUndefined()
  })

  it('leaves empty filters and the first page out of links', () => {
    expect(archiveLocationQuery({ page: 1 })).toEqual({})
    expect(
      archiveLocationQuery({ agency: '340621', year: 2019, kind: 'RULE_OF_LAW', page: 2 }),
    ).toEqual({ agency: '340621', year: '2019', kind: 'RULE_OF_LAW', page: '2' })
  })

  it('asks the API for pages counted from 0, twenty reports at a time', () => {
    expect(toReportFilter({ year: 2019, page: 1 })).toEqual({
      agency: undefined,
      year: 2019,
      kind: undefined,
      page: 0,
      size: 20,
    })
    expect(toReportFilter({ page: 3 }).page).toBe(2)
  })

  it.each([
    [0, 1],
    [1, 1],
    [20, 1],
    [21, 2],
    [45, 3],
  ])('%i reports fill %i pages', (total, pages) => {
    expect(pageCount(total, 20)).toBe(pages)
  })

  it('lists years newest first', () => {
    expect(yearsNewestFirst(2019, 2022)).toEqual([2022, 2021, 2020, 2019])
  })
})

describe('report kinds', () => {
  it('are the two annual reports and the plans, which owe no deadline', () => {
    expect(REPORT_KINDS).toEqual(['RULE_OF_LAW', 'OPEN_GOVERNMENT_INFORMATION', 'RULE_OF_LAW_PLAN'])
    expect(REPORT_KINDS.filter(isAnnualReport)).toEqual([
      'RULE_OF_LAW',
      'OPEN_GOVERNMENT_INFORMATION',
    ])
  })
})
