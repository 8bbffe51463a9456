import { computed, watch } from 'vue'
import { fetchAgencies } from '@/api/portal'
import { useLoad } from '@/composables/useLoad'
import { useSessionStore } from '@/stores/session'

/**
 * The agencies whose disclosure requests the signed-in officer handles, by code. The queue needs
 * a code only when there is more than one; with one, the backend takes it as the default.
 */
export function useStaffAgencies() {
  const session = useSessionStore()
  const agencies = useLoad(fetchAgencies)

  const grantedIds = computed(() => {
    const ids = new Set<string>()
    for (const grant of session.me?.roles ?? []) {
      if (
        (grant.role === 'DISCLOSURE_OFFICER' || grant.role === 'OGI_OFFICE_HEAD') &&
        grant.agencyId
      )
        ids.add(grant.agencyId)
    }
    return ids
  })

  const choices = computed(() =>
    (agencies.data.value ?? [])
      .filter((agency) => grantedIds.value.has(agency.id))
      .map((agency) => ({ value: agency.code, label: agency.name })),
  )

  watch(
    () => grantedIds.value.size,
    (size) => {
      if (size > 0 && !agencies.data.value && !agencies.loading.value) void agencies.run()
    },
    { immediate: true },
  )

  return { choices, loading: agencies.loading }
}
