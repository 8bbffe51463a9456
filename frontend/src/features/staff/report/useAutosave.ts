import { computed, onBeforeUnmount, ref, watch } from 'vue'

export interface AutosaveOptions {
  /** What would be saved now, as text: any change of it is an edit. */
  snapshot: () => string
  /** Whether the draft may be saved at all now (a draft, this user, no conflict pending). */
  enabled: () => boolean
  /** Whether the form's own checks let it be sent; an autosave waits until they do. */
  ready?: () => boolean
  /** Sends one snapshot; true when it was saved. Problems are the caller's to show. */
  save: (snapshot: string, auto: boolean) => Promise<boolean>
  /** Quiet time after the last edit before saving, in milliseconds. */
  delay?: number
}

/**
 * Saves a draft a little while after the editing stops, one save at a time, never the same
 * failed text twice in a row (so a refused save does not repeat until something changes).
 */
export function useAutosave(options: AutosaveOptions) {
  const delay = options.delay ?? 2000
  const saved = ref(options.snapshot())
  const saving = ref(false)
  const dirty = computed(() => options.snapshot() !== saved.value)
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<boolean> | null = null
  let lastFailed: string | null = null

  function cancel() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  function schedule() {
    cancel()
    if (!options.enabled() || !dirty.value || options.snapshot() === lastFailed) return
    timer = setTimeout(() => {
      timer = null
      if (inFlight) return
      if (options.ready && !options.ready()) return
      void run(true)
    }, delay)
  }

  function run(auto: boolean): Promise<boolean> {
    cancel()
    const snapshot = options.snapshot()
    saving.value = true
    const attempt = options
      .save(snapshot, auto)
      .catch(() => false)
      .then((ok) => {
        if (ok) {
          saved.value = snapshot
          lastFailed = null
        } else lastFailed = snapshot
        return ok
      })
      .finally(() => {
        saving.value = false
        inFlight = null
        // Edits made while it was on its way are saved in turn.
        if (dirty.value) schedule()
      })
    inFlight = attempt
    return attempt
  }

  /** Saves now what is not saved yet (waiting for a save on its way); true when all is saved. */
  async function flush(): Promise<boolean> {
    cancel()
    if (inFlight) await inFlight
    if (!dirty.value) return true
    if (!options.enabled()) return false
    return run(false)
  }

  /** After loading the draft afresh: what is there now counts as saved. */
  function reset() {
    cancel()
    saved.value = options.snapshot()
    lastFailed = null
  }

  watch(options.snapshot, schedule)
  onBeforeUnmount(cancel)

  return { dirty, saving, flush, reset, cancel }
}
