import { describe, expect, it } from 'vitest'
import { barShare, complianceQuery, complianceYears, readComplianceQuery } from './compliance'

describe('the compliance board', () => {
  it('leaves the year to the portal unless the address asks for a sensible one', () => {
    expect(readComplianceQuery({})).toEqual({
      year: undefined,
      standing: undefined,
      agencyKind: undefined,
    })
    expect(readComplianceQuery({ year: '2019' }).year).toBe(2019)
    expect(readComplianceQuery({ year: '1999' }).year).toBeUndefined()
    expect(readComplianceQuery({ year: 'last' }).year).toBeUndefined()
  })

  it('reads the standing and the kind of agency, ignoring what is no such thing', () => {
    expect(readComplianceQuery({ standing: 'LATE', agencyKind: 'DEPARTMENT' })).toEqual({
      year: undefined,
      standing: 'LATE',
      agencyKind: 'DEPARTMENT',
    })
    expect(readComplianceQuery({ standing: 'late', agencyKind: 'MINISTRY' })).toEqual({
      year: undefined,
      standing: undefined,
      agencyKind: undefined,
    })
  })

  it('puts only what was chosen in the address', () => {
    expect(complianceQuery({ year: '2025', standing: '', agencyKind: '' })).toEqual({
      year: '2025',
    })
    expect(
      complianceQuery({ year: '2025', standing: 'MISSING', agencyKind: 'DEPARTMENT' }),
    ).toEqual({ year: '2025', standing: 'MISSING', agencyKind: 'DEPARTMENT' })
  })

  it("offers the years from the portal's latest back to 2019, and the one shown", () => {
    expect(complianceYears(2025)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019])
    expect(complianceYears(2025, 2010).at(-1)).toBe(2010)
  })

  it('draws each bar as a share of the largest count', () => {
    expect(barShare(45, [8, 7, 0, 45])).toBe(100)
    expect(barShare(8, [8, 7, 0, 45])).toBe(18)
    expect(barShare(0, [0, 0, 0, 0])).toBe(0)
  })
})
