import { reactive, watch } from 'vue'

/**
 * A form in progress: what the reader entered, the Idempotency-Key of its submission (made on the
 * check page, the same on every retry) and the problems the backend found at the last submission.
 */
export interface SessionProgress<D> {
  draft: D
  idempotencyKey: string | null
  /** Problems the backend found at the last submission, by form path. */
  serverErrors: Record<string, string>
}

export interface SessionProgressOptions<D> {
  /** The sessionStorage key; under `gongkai.`, so that signing out forgets it. */
  key: string
  empty: () => D
  /** Fills in what a stored draft lacks (an older shape, a partial object). */
  complete: (stored: unknown) => D
  /** Copies a draft into another in place, so that components holding parts of it keep them. */
  overwrite: (target: D, source: D) => void
}

/**
 * One form in progress per tab, kept in sessionStorage so that a reload or a trip to the sign-in
 * page does not lose it. Never in localStorage: it holds personal data, and it must end with the
 * tab (and with signing out, which clears every gongkai.* session key).
 */
export function defineSessionProgress<D>(options: SessionProgressOptions<D>) {
  const fresh = (): SessionProgress<D> => ({
    draft: options.empty(),
    idempotencyKey: null,
    serverErrors: {},
  })
  const EMPTY = JSON.stringify(fresh())

  function read(): SessionProgress<D> {
    try {
      const raw = sessionStorage.getItem(options.key)
      if (raw) {
        const stored = JSON.parse(raw) as Partial<SessionProgress<unknown>>
        return {
          draft: options.complete(stored.draft),
          idempotencyKey: typeof stored.idempotencyKey === 'string' ? stored.idempotencyKey : null,
          serverErrors:
            stored.serverErrors && typeof stored.serverErrors === 'object'
              ? (stored.serverErrors as Record<string, string>)
              : {},
        }
      }
    } catch {
      // Unreadable or refused storage: start afresh.
    }
    return fresh()
  }

  /** Saves the progress; with nothing entered (a fresh start, after submitting) nothing is kept. */
  function write(progress: SessionProgress<D>): void {
    try {
      const value = JSON.stringify(progress)
      if (value === EMPTY) sessionStorage.removeItem(options.key)
      else sessionStorage.setItem(options.key, value)
    } catch {
      // Storage refused (private mode, full): the form still works for this page.
    }
  }

  let progress: SessionProgress<D> | null = null

  /** The one form of this tab, saved on every change. */
  function use(): SessionProgress<D> {
    if (!progress) {
      const state = reactive(read()) as SessionProgress<D>
      watch(state, (value) => write(value), { deep: true })
      progress = state
    }
    return progress
  }

  /** After a successful submission (or to start again): forget everything entered. */
  function reset(): void {
    if (progress) {
      options.overwrite(progress.draft, options.empty())
      progress.idempotencyKey = null
      progress.serverErrors = {}
    }
    try {
      sessionStorage.removeItem(options.key)
    } catch {
      // Nothing stored.
    }
  }

  return { use, reset }
}
