import { inject, provide, type InjectionKey } from 'vue'
import { defineSessionProgress, type SessionProgress } from '@/composables/sessionProgress'
import { completeIntake, emptyIntake, overwriteIntake, type IntakeDraft } from './intake'

/** The hotline request in progress, kept for this tab only (it holds personal data). */
export const INTAKE_KEY = 'gongkai.hotline.intake'

export type IntakeProgress = SessionProgress<IntakeDraft>

const intake = defineSessionProgress<IntakeDraft>({
  key: INTAKE_KEY,
  empty: emptyIntake,
  complete: completeIntake,
  overwrite: overwriteIntake,
})

/** The one hotline request of this tab, saved on every change. */
export const useIntakeProgress = intake.use

/** After a submission (or to start again): forget everything entered. */
export const resetIntakeProgress = intake.reset

/** The request the step components fill in, and the problems to show beside its fields. */
export interface IntakeContext {
  draft: IntakeDraft
  /** By form path. */
  errors: () => Record<string, string>
}

const INTAKE: InjectionKey<IntakeContext> = Symbol('hotline intake')

export function provideIntake(context: IntakeContext): void {
  provide(INTAKE, context)
}

export function injectIntake(): IntakeContext {
  const context = inject(INTAKE)
  if (!context) throw new Error('no hotline intake provided')
  return context
}
