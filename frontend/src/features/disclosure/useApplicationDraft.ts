import { inject, provide, reactive, watch, type InjectionKey } from 'vue'
import { completeDraft, emptyDraft, overwriteDraft, type ApplicationDraft } from './application'

/**
 * The application in progress, kept in sessionStorage so that a reload or a trip to the sign-in
 * page does not lose it. Never in localStorage: it holds personal data, and it must end with the
 * tab (and with signing out, which clears every gongkai.* session key).
 */
export const APPLICATION_KEY = 'gongkai.disclosure.application'

export interface ApplicationProgress {
  draft: ApplicationDraft
  /** Made when the reader first reaches 核对; the same key on every retry of the submission. */
  idempotencyKey: string | null
  /** Problems the backend found at the last submission, by form path. */
  serverErrors: Record<string, string>
}

function read(): ApplicationProgress {
  try {
    const raw = sessionStorage.getItem(APPLICATION_KEY)
    if (raw) {
      const stored = JSON.parse(raw) as Partial<ApplicationProgress>
      return {
        draft: completeDraft(stored.draft),
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
  return { draft: emptyDraft(), idempotencyKey: null, serverErrors: {} }
}

const EMPTY = JSON.stringify({ draft: emptyDraft(), idempotencyKey: null, serverErrors: {} })

/** Saves the progress; with nothing entered (a fresh start, after submitting) nothing is kept. */
function write(progress: ApplicationProgress): void {
  try {
    const value = JSON.stringify(progress)
    if (value === EMPTY) sessionStorage.removeItem(APPLICATION_KEY)
    else sessionStorage.setItem(APPLICATION_KEY, value)
  } catch {
    // Storage refused (private mode, full): the form still works for this page.
  }
}

let progress: ApplicationProgress | null = null

/** The one application of this tab, saved on every change. */
export function useApplicationProgress(): ApplicationProgress {
  if (!progress) {
    const state = reactive(read()) as ApplicationProgress
    watch(state, (value) => write(value), { deep: true })
    progress = state
  }
  return progress
}

/** After a successful submission (or to start again): forget everything entered. */
export function resetApplicationProgress(): void {
  if (progress) {
    overwriteDraft(progress.draft, emptyDraft())
    progress.idempotencyKey = null
    progress.serverErrors = {}
  }
  try {
    sessionStorage.removeItem(APPLICATION_KEY)
  } catch {
    // Nothing stored.
  }
}

/** A random key for Idempotency-Key, from the browser's own generator. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The form the field components fill in: the citizen's application or a paper one. */
export interface DraftContext {
  draft: ApplicationDraft
  /** Problems to show beside fields, by form path. */
  errors: () => Record<string, string>
  /** Whether the delivery step may show contact fields again (not when they are on the page). */
  revealContactInDelivery: boolean
}

const DRAFT: InjectionKey<DraftContext> = Symbol('application draft')

export function provideDraft(context: DraftContext): void {
  provide(DRAFT, context)
}

export function injectDraft(): DraftContext {
  const context = inject(DRAFT)
  if (!context) throw new Error('no application draft provided')
  return context
}
