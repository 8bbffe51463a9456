import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { ProblemError, type Problem } from '@/api/http'

export interface Load<T> {
  data: ShallowRef<T | null>
  problem: Ref<Problem | null>
  loading: Ref<boolean>
  run: () => Promise<void>
}

/** Runs a fetch and keeps its answer, its problem (if any) and whether it is still on its way. */
export function useLoad<T>(fetcher: () => Promise<T>): Load<T> {
  const data = shallowRef<T | null>(null)
  const problem = ref<Problem | null>(null)
  const loading = ref(false)
  let latest = 0

  async function run() {
    const ticket = ++latest
    loading.value = true
    problem.value = null
    try {
      const answer = await fetcher()
      if (ticket === latest) data.value = answer
    } catch (error) {
      if (ticket !== latest) return
      data.value = null
      problem.value =
        error instanceof ProblemError
          ? error.problem
          : { type: 'about:blank', title: String(error), status: 500 }
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  return { data, problem, loading, run }
}
