import { computed, watch } from 'vue'
import { fetchAgencies } from '@/api/portal'
import type { Role } from '@/api/types'
import { useLoad } from '@/composables/useLoad'
import { useSessionStore } from '@/stores/session'

export const DISCLOSURE_ROLES: readonly Role[] = ['DISCLOSURE_OFFICER', 'OGI_OFFICE_HEAD']
export const REPORT_ROLES: readonly Role[] = ['REPORT_EDITOR', 'REPORT_PUBLISHER']

/**
 * The agencies where the signed-in officer holds one of the given roles, by code. A section's
 * list needs a code only when there is more than one; with one, the backend takes it as the
 * default.
 */
export function useStaffAgencies(roles: readonly Role[] = DISCLOSURE_ROLES) {
  const session = useSessionStore()
  const agencies = useLoad(fetchAgencies)

  const grantedIds = computed(() => {
    const ids = new Set<string>()
    for (const grant of session.me?.roles ?? []) {
      if (roles.includes(grant.role) && grant.agencyId) ids.add(grant.agencyId)
    }
    return ids
  })

  const choices = computed(() =>
    (agencies.data.value ?? [])
      .filter((agency) => grantedIds.value.has(agency.id))
      .map((agency) => ({ value: agency.code, label: agency.name })),
  )

  /** Whether the officer holds the role at the agency of this code (unknown codes: anywhere). */
  function holds(role: Role, code: string | undefined): boolean {
    const agency = (agencies.data.value ?? []).find((candidate) => candidate.code === code)
    return (session.me?.roles ?? []).some(
      (grant) =>
        grant.role === role && (!agency || !grant.agencyId || grant.agencyId === agency.id),
    )
  }

  watch(
    () => grantedIds.value.size,
    (size) => {
      if (size > 0 && !agencies.data.value && !agencies.loading.value) void agencies.run()
    },
    { immediate: true },
  )

  return { choices, loading: agencies.loading, holds }
}
