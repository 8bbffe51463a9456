import { defineStore } from 'pinia'
import { ref } from 'vue'
import { fetchPendingYear } from '@/api/portal'
import type { PendingYear } from '@/api/types'

/**
 * The first year whose holiday arrangement is not entered in the working-day calendar. Asked
 * once per session; an answer that cannot be had is no answer (nothing is shown), not an error.
 */
export const useCalendarStore = defineStore('calendar', () => {
  const pendingYear = ref<PendingYear | null>(null)
  let pending: Promise<void> | null = null

  async function fetchPending() {
    try {
      pendingYear.value = await fetchPendingYear()
    } catch {
      pendingYear.value = null
    }
  }

  function ensurePendingYear(): Promise<void> {
    pending ??= fetchPending()
    return pending
  }

  return { pendingYear, ensurePendingYear }
})
