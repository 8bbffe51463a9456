import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { fetchSuggestions, type HotlineSuggestions, type HotlineType } from '@/api/hotline'

/** How long the person pauses typing before the text is looked at. */
export const SUGGESTION_DELAY_MS = 400

const NOTHING: HotlineSuggestions = { emergency: null, redirects: [], answers: [] }

/**
 * What the hotline says of the text while the person types it (debounced, answered by the
 * server): an emergency to call 110/119/120/122 about, another channel the matter belongs to,
 * knowledge-base answers. A slower answer to older text never replaces a newer one; when the
 * service cannot answer, the form goes on without suggestions.
 */
export function useSuggestions(text: Ref<string>, type: Ref<HotlineType | ''>) {
  const suggestions = shallowRef<HotlineSuggestions>(NOTHING)
  const pending = shallowRef(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined

  async function look(value: string, kind: HotlineType | '') {
    inFlight?.abort()
    const controller = new AbortController()
    inFlight = controller
    try {
      const answer = await fetchSuggestions(value, kind, controller.signal)
      if (inFlight === controller) suggestions.value = answer
    } catch {
      // Aborted for newer text, or the service is down: keep quiet; the form works without.
    } finally {
      if (inFlight === controller) pending.value = false
    }
  }

  watch(
    [text, type],
    ([value, kind]) => {
      clearTimeout(timer)
      if (value.trim() === '') {
        inFlight?.abort()
        inFlight = undefined
        pending.value = false
        suggestions.value = NOTHING
        return
      }
      pending.value = true
      timer = setTimeout(() => void look(value.trim(), kind), SUGGESTION_DELAY_MS)
    },
    { immediate: true },
  )

  onScopeDispose(() => {
    clearTimeout(timer)
    inFlight?.abort()
  })

  return { suggestions, pending }
}
