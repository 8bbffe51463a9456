import { describe, expect, it } from 'vitest'
import type { AgencyCompliance, ReportStanding } from '@/api/types'
import { complianceYears, countByStanding, readComplianceYear } from './compliance'

const line = (code: string, ruleOfLaw: ReportStanding, ogi: ReportStanding): AgencyCompliance => ({
  agencyCode: code,
  agencyName: code,
  agencyNameEn: null,
  agencyKind: 'COUNTY_GOVERNMENT',
  reports: [
    {
      kind: 'RULE_OF_LAW',
      deadline: '2020-04-01',
      publishedOn: null,
      standing: ruleOfLaw,
      url: null,
    },
    {
      kind: 'OPEN_GOVERNMENT_INFORMATION',
      deadline: '2020-03-31',
      publishedOn: null,
      standing: ogi,
      url: null,
    },
  ],
})

describe('the compliance board', () => {
  const today = new Date(2026, 10, 23)

  it('shows last year unless the address asks for another', () => {
    expect(readComplianceYear({}, today)).toBe(2025)
    expect(readComplianceYear({ year: '2019' }, today)).toBe(2019)
    expect(readComplianceYear({ year: '1999' }, today)).toBe(2025)
    expect(readComplianceYear({ year: 'last' }, today)).toBe(2025)
  })

  it('offers the years from last year back to 2019', () => {
    expect(complianceYears(today)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019])
  })

  it('counts reports, not agencies, by standing', () => {
    expect(
      countByStanding([
        line('a', 'MISSING', 'MISSING'),
        line('b', 'LATE', 'ON_TIME'),
        line('c', 'ON_TIME', 'ON_TIME'),
      ]),
    ).toEqual({ MISSING: 2, LATE: 1, NOT_YET_DUE: 0, ON_TIME: 3 })
    expect(countByStanding([])).toEqual({ MISSING: 0, LATE: 0, NOT_YET_DUE: 0, ON_TIME: 0 })
  })
})
