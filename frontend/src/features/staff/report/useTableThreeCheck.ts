import { onBeforeUnmount, ref, watch } from 'vue'
import { checkTableThree, type TableThreeCheck } from '@/api/report'
import type { Counts } from './tableThree'

/**
 * Table 三's check (一 + 二 = （七）总计 + 四, and each row's total the sum of its columns), asked of
 * the backend a little while after the numbers stop changing (400 ms), so that the editor shows the
 * very check that decides whether the report may be submitted. An answer that newer numbers have
 * overtaken is dropped; while the backend cannot be asked, the last answer is kept and `failed` set.
 */
export function useTableThreeCheck(counts: () => Counts | null, delay = 400) {
  const result = ref<TableThreeCheck | null>(null)
  const failed = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  async function check(requests: Counts) {
    controller?.abort()
    const current = new AbortController()
    controller = current
    try {
      result.value = await checkTableThree(requests, current.signal)
      failed.value = false
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return
      failed.value = true
    }
  }

  watch(
    () => {
      const value = counts()
      return value ? JSON.stringify(value) : null
    },
    (json, previous) => {
      if (timer !== null) clearTimeout(timer)
      if (json === null) {
        controller?.abort()
        result.value = null
        return
      }
      const requests = JSON.parse(json) as Counts
      // A table just loaded is checked at once; editing waits for a pause.
      if (previous === undefined || previous === null) void check(requests)
      else timer = setTimeout(() => void check(requests), delay)
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    if (timer !== null) clearTimeout(timer)
    controller?.abort()
  })

  return { result, failed }
}
