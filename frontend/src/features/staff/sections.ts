import type { Role } from '@/api/types'

export type StaffSectionKey = 'disclosure' | 'hotline' | 'reports' | 'users' | 'calendar' | 'audit'

/** The staff console's sections and the roles that work in each. */
export const STAFF_SECTIONS: ReadonlyArray<{ key: StaffSectionKey; roles: Role[] }> = [
  { key: 'disclosure', roles: ['DISCLOSURE_OFFICER', 'OGI_OFFICE_HEAD'] },
  { key: 'hotline', roles: ['HOTLINE_DISPATCHER', 'DEPARTMENT_HANDLER'] },
  { key: 'reports', roles: ['REPORT_EDITOR', 'REPORT_PUBLISHER'] },
  { key: 'users', roles: ['SYSTEM_ADMINISTRATOR'] },
  { key: 'calendar', roles: ['SYSTEM_ADMINISTRATOR'] },
  { key: 'audit', roles: ['SECURITY_AUDITOR'] },
]

export function sectionsFor(roles: Iterable<Role>): StaffSectionKey[] {
  const held = new Set(roles)
  return STAFF_SECTIONS.filter((section) => section.roles.some((role) => held.has(role))).map(
    (section) => section.key,
  )
}
