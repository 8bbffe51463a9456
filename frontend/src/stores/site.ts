import { defineStore } from 'pinia'
import { ref } from 'vue'
import { fetchSite } from '@/api/portal'
import type { Site } from '@/api/types'

/** The portal's identity from the backend: name, 网站标识码 and public contact. */
export const useSiteStore = defineStore('site', () => {
  const site = ref<Site | null>(null)
  const failed = ref(false)

  async function load() {
    try {
      site.value = await fetchSite()
      failed.value = false
    } catch {
      failed.value = true
    }
  }

  return { site, failed, load }
})
