import { computed } from 'vue'
import { fetchAgencies } from '@/api/portal'
import { useLoad } from '@/composables/useLoad'
import { useAgencyName } from '@/features/identity/useAgencyName'
import { useCatalogue } from '../useCatalogue'

/**
 * The departments the catalogue sends tickets to, by the agency code the statistics' filter takes
 * (found in the public agency directory), in the order of their Chinese names.
 */
export function useDepartmentOptions() {
  const catalogue = useCatalogue()
  const { agencyLabel } = useAgencyName()
  const agencies = useLoad(fetchAgencies)
  void agencies.run()
  const collator = new Intl.Collator('zh-CN')
  return computed(() => {
    const ids = new Set((catalogue.data.value?.matters ?? []).map((m) => m.leadDepartment.id))
    return (agencies.data.value ?? [])
      .filter((agency) => ids.has(agency.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((agency) => ({ value: agency.code, label: agencyLabel(agency) }))
  })
}
