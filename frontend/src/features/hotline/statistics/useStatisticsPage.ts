import { computed, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { HotlineStatistics } from '@/api/hotline'
import { useLoad } from '@/composables/useLoad'
import { useQueryProblems } from '@/features/report/useQueryProblems'
import { readStatisticsQuery, statisticsLocationQuery, type StatisticsQuery } from './statistics'

/**
 * A statistics page's state: the choice read from the address (so a period can be bookmarked and
 * shared), the figures fetched for it, and a 400 about a field put beside that field.
 */
export function useStatisticsPage(
  path: string,
  fetcher: (query: StatisticsQuery) => Promise<HotlineStatistics>,
  ready: () => boolean = () => true,
) {
  const route = useRoute()
  const router = useRouter()
  const applied = computed(() => readStatisticsQuery(route.query))
  const load = useLoad(() => fetcher(applied.value))

  watch(
    () => [ready(), route.path === path && JSON.stringify(applied.value)] as const,
    ([ok, query]) => {
      if (ok && query) void load.run()
    },
    { immediate: true },
  )

  const problems = useQueryProblems(load.problem, {
    from: { id: 'hl-stats-from', label: 'hotlineStatistics.from' },
    to: { id: 'hl-stats-to', label: 'hotlineStatistics.to' },
    agency: { id: 'hl-stats-agency', label: 'hotlineStatistics.agency' },
  })

  /** The fields show the period answered (the default one when none was chosen). */
  const shown = computed<StatisticsQuery>(() => ({
    from: applied.value.from ?? load.data.value?.from,
    to: applied.value.to ?? load.data.value?.to,
    agency: applied.value.agency,
  }))
  const chosen = computed(() => Object.keys(statisticsLocationQuery(applied.value)).length > 0)

  function apply(query: StatisticsQuery) {
    void router.push({ path, query: statisticsLocationQuery(query) })
  }

  return { applied, load, problems, shown, chosen, apply }
}
