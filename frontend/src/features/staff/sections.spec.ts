import { describe, expect, it } from 'vitest'
import { sectionsFor } from './sections'

describe('staff console sections', () => {
  it.each([
    [['DISCLOSURE_OFFICER'], ['disclosure']],
    [['OGI_OFFICE_HEAD'], ['disclosure']],
    [['HOTLINE_DISPATCHER'], ['hotline']],
    [['DEPARTMENT_HANDLER'], ['hotline']],
    [['REPORT_EDITOR', 'REPORT_PUBLISHER'], ['reports']],
    [['SYSTEM_ADMINISTRATOR'], ['users', 'calendar']],
    [['SECURITY_AUDITOR'], ['audit']],
    [['CITIZEN'], []],
  ] as const)('%j work in %j', (roles, sections) => {
    expect(sectionsFor(roles)).toEqual(sections)
  })
})
