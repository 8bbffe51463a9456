import { fetchCatalogue, type HotlineCatalogue } from '@/api/hotline'
import { useLoad, type Load } from '@/composables/useLoad'

let cached: HotlineCatalogue | null = null

/**
 * The dispatch catalogue, its regions and the centre: public and the same for everyone, so loaded
 * once per page visit and shared by every step of the form.
 */
export function useCatalogue(): Load<HotlineCatalogue> {
  const load = useLoad(async () => {
    cached ??= await fetchCatalogue()
    return cached
  })
  if (cached) load.data.value = cached
  else void load.run()
  return load
}

/** Forgets the catalogue (tests; a new visit loads it again anyway). */
export function forgetCatalogue(): void {
  cached = null
}
