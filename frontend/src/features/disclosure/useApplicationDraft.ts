import { inject, provide, type InjectionKey } from 'vue'
import { defineSessionProgress, type SessionProgress } from '@/composables/sessionProgress'
import { completeDraft, emptyDraft, overwriteDraft, type ApplicationDraft } from './application'

/**
 * The application in progress, kept in sessionStorage (never localStorage: it holds personal data)
 * so that a reload or a trip to the sign-in page does not lose it.
 */
export const APPLICATION_KEY = 'gongkai.disclosure.application'

export type ApplicationProgress = SessionProgress<ApplicationDraft>

const application = defineSessionProgress<ApplicationDraft>({
  key: APPLICATION_KEY,
  empty: emptyDraft,
  complete: completeDraft,
  overwrite: overwriteDraft,
})

/** The one application of this tab, saved on every change. */
export const useApplicationProgress = application.use

/** After a successful submission (or to start again): forget everything entered. */
export const resetApplicationProgress = application.reset

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
