import { computed, nextTick, provide, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { ProblemError, type FieldProblem, type Problem } from '@/api/http'
import type { SummaryError } from '@/components/ErrorSummary.vue'
import { newIdempotencyKey } from './idempotencyKey'
import { FIELD_PROBLEMS, type FieldProblems } from './fieldProblems'
import type { SessionProgress } from './sessionProgress'

const KEY_REUSED_TYPE = 'urn:problem-type:gongkai:idempotency-key-reused'

/**
 * A form of steps ending on a check page (the disclosure application, the hotline intake): its
 * steps, where they live and its own rules. Every step but the last is a page of fields.
 */
export interface StepForm<S extends string> {
  steps: readonly S[]
  /** The route of the steps: `${path}/${step}`. */
  path: string
  /** Where "back" leads from the first step. */
  exit: string
  isStep: (value: unknown) => value is S
  /** The first step not yet done. */
  firstIncomplete: () => S
  nextStep: (step: S, returnToCheck: boolean) => S
  previousStep: (step: S) => S | null
  /** This step's problems, by form path and message key. */
  validate: (step: S) => readonly { path: string; key: string }[]
  /** A problem's text by its message key. */
  message: (key: string) => string
  /** A problem in the summary, naming its field where it has a label. */
  named: (path: string, message: string) => string
  fieldId: (path: string) => string
  stepOf: (path: string) => S
  /** The backend's problems: those shown beside a field (by form path), and the rest. */
  place: (errors: FieldProblem[] | undefined) => {
    byField: Record<string, string>
    unplaced: string[]
  }
  /** The submit button's id: where a problem no field holds leads. */
  submitId: string
}

export interface StepFormOptions {
  /** The requested step, from the route. */
  requested: () => string | undefined
  /** Whether the form may judge where the reader stands (the session is known). */
  ready: () => boolean
  /** Before the steps are judged: true when it has sent the reader elsewhere itself. */
  arrive?: () => boolean
  /**
   * Asked at a "continue" on a step without problems: true keeps the reader on the step once
   * more, to show them something first.
   */
  holdBack?: () => boolean
}

/**
 * The walk through a form's steps: the reader cannot skip ahead of the first step not done, a
 * change link from the check page returns there and focuses its field, each "continue" checks the
 * step, and the backend's problems stay with their fields and in the check page's summary, even
 * after a reload. The submission keeps one Idempotency-Key for every retry of the same answers.
 */
export function useStepForm<S extends string>(
  form: StepForm<S>,
  progress: SessionProgress<unknown>,
  options: StepFormOptions,
) {
  const route = useRoute()
  const router = useRouter()
  const { locale } = useI18n()
  const check = form.steps[form.steps.length - 1] as S

  const step = computed<S>(() => {
    const requested = options.requested()
    return form.isStep(requested) ? requested : form.steps[0]!
  })
  const stepNumber = computed(() => form.steps.indexOf(step.value) + 1)
  const returnToCheck = computed(() => route.query.return === 'check' && step.value !== check)
  const back = computed(() => {
    if (returnToCheck.value) return `${form.path}/${check}`
    const previous = form.previousStep(step.value)
    return previous ? `${form.path}/${previous}` : form.exit
  })

  /** Problems found by the form's own checks at the last "continue", by form path. */
  const clientErrors = ref<Record<string, string>>({})
  /** The same by message key, so that they can be said again in another language. */
  const clientKeys = ref<Record<string, string>>({})
  /** Problems a field found itself (an upload of the wrong type), by element id. */
  const ownProblems = ref<Record<string, readonly string[]>>({})
  /** The summary of a step page's problems. */
  const summary = ref<SummaryError[]>([])
  /** The summary of the check page's problems. */
  const checkSummary = ref<SummaryError[]>([])

  const reportProblems: FieldProblems = (id, messages) => {
    const others = Object.fromEntries(
      Object.entries(ownProblems.value).filter(([field]) => field !== id),
    )
    ownProblems.value = messages.length > 0 ? { ...others, [id]: messages } : others
  }
  provide(FIELD_PROBLEMS, reportProblems)

  function stepSummary(): SummaryError[] {
    return [
      ...Object.entries(clientErrors.value).map(([path, message]) => ({
        fieldId: form.fieldId(path),
        message,
      })),
      ...Object.entries(ownProblems.value).flatMap(([fieldId, messages]) =>
        messages.map((message) => ({ fieldId, message })),
      ),
    ]
  }

  /**
   * Says the step's problems anew, in place: a problem the reader has put right leaves, one a
   * change of answer altered (or a change of language) is said as it now stands, and no new one
   * comes before the next "continue". In place, so that the summary keeps its focus where it was.
   */
  function restate() {
    const now: Record<string, string> = {}
    for (const error of form.validate(step.value)) {
      if (error.path in clientKeys.value) now[error.path] ??= error.key
    }
    clientKeys.value = now
    clientErrors.value = Object.fromEntries(
      Object.entries(now).map(([path, key]) => [path, form.message(key)]),
    )
    const next = stepSummary()
    const same =
      next.length === summary.value.length &&
      next.every(
        (error, index) =>
          error.fieldId === summary.value[index]!.fieldId &&
          error.message === summary.value[index]!.message,
      )
    if (!same) summary.value.splice(0, summary.value.length, ...next)
  }
  watch(
    () => [
      locale.value,
      form
        .validate(step.value)
        .map((error) => `${error.path}:${error.key}`)
        .join('|'),
      ownProblems.value,
    ],
    restate,
  )

  /** Problems to show beside the fields: the form's own over the backend's. */
  const fieldErrors = () => ({ ...progress.serverErrors, ...clientErrors.value })

  watch(
    () => [options.requested(), options.ready()] as const,
    () => {
      clientErrors.value = {}
      clientKeys.value = {}
      summary.value = []
      if (!options.ready()) return
      if (options.arrive?.()) return
      const first = form.firstIncomplete()
      const requested = options.requested()
      if (!form.isStep(requested) || form.steps.indexOf(requested) > form.steps.indexOf(first)) {
        void router.replace(`${form.path}/${first}`)
        return
      }
      if (requested === check) progress.idempotencyKey ??= newIdempotencyKey()
    },
    { immediate: true },
  )

  // A change link names the field in its hash: it takes focus once the page is in place (after
  // the app has moved focus to the main content for the new page).
  watch(
    () => route.hash,
    async (hash) => {
      if (!hash) return
      await nextTick()
      setTimeout(() => document.getElementById(decodeURIComponent(hash.slice(1)))?.focus(), 0)
    },
    { immediate: true },
  )

  /** The way from the check page to a field and back; none for a field on the check page. */
  function changeLink(path: string) {
    const target = form.stepOf(path)
    if (target === check) return undefined
    return {
      path: `${form.path}/${target}`,
      query: { return: 'check' },
      hash: `#${form.fieldId(path)}`,
    }
  }

  /** Checks the step and goes on (a form's submit handler: it takes no argument). */
  async function proceed() {
    const errors = form.validate(step.value)
    if (errors.length > 0) {
      const keys: Record<string, string> = {}
      for (const error of errors) keys[error.path] ??= error.key
      clientKeys.value = keys
      clientErrors.value = Object.fromEntries(
        Object.entries(keys).map(([path, key]) => [path, form.message(key)]),
      )
      summary.value = stepSummary()
      return
    }
    if (options.holdBack?.()) return
    clientErrors.value = {}
    clientKeys.value = {}
    summary.value = []
    // The reader has looked again at this step's answers: the backend will judge them anew.
    for (const path of Object.keys(progress.serverErrors)) {
      if (form.stepOf(path) === step.value) delete progress.serverErrors[path]
    }
    await router.push(`${form.path}/${form.nextStep(step.value, returnToCheck.value)}`)
  }

  function summaryOf(byField: Record<string, string>, unplaced: string[] = []): SummaryError[] {
    return [
      ...Object.entries(byField).map(([path, message]) => ({
        fieldId: form.fieldId(path),
        message: form.named(path, message),
        to: changeLink(path),
      })),
      ...unplaced.map((message) => ({ fieldId: form.submitId, message })),
    ]
  }

  /** The backend's 400: each problem beside its field, and all in the check page's summary. */
  function showServerProblems(problem: Problem) {
    const { byField, unplaced } = form.place(problem.errors)
    progress.serverErrors = byField
    checkSummary.value = summaryOf(byField, unplaced)
    if (checkSummary.value.length === 0) {
      checkSummary.value = [{ fieldId: form.submitId, message: problem.detail ?? problem.title }]
    }
  }

  // The summary of the backend's problems comes back with a reload of the check page.
  watch(
    step,
    (current) => {
      if (current !== check || checkSummary.value.length > 0) return
      checkSummary.value = summaryOf(progress.serverErrors)
    },
    { immediate: true },
  )

  // ------------------------------------------------------------------------------ submission

  const submitting = ref(false)
  /** The answer never came, and the answers have changed since: the key belongs to the first. */
  const keyReused = ref(false)
  /** The sign-in ended on the way. */
  const expired = ref(false)
  /** Any other problem, shown as such. */
  const failure = ref<Problem | null>(null)

  /**
   * Sends the answers with the form's key and hands on what was filed. Returns the problem the
   * backend had, if any: an ended sign-in and a reused key are noted here, and so is any problem
   * but a 400 that `ownProblem` does not claim for the form to show in its own way.
   */
  async function send<T>(
    request: (idempotencyKey: string) => Promise<T>,
    filed: (result: T) => Promise<unknown> | void,
    ownProblem: (problem: Problem) => boolean = () => false,
  ): Promise<Problem | null> {
    progress.idempotencyKey ??= newIdempotencyKey()
    failure.value = null
    expired.value = false
    keyReused.value = false
    let result: T
    try {
      result = await request(progress.idempotencyKey)
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error
      const problem = error.problem
      if (problem.status === 401) expired.value = true
      else if (problem.type === KEY_REUSED_TYPE) keyReused.value = true
      else if (problem.status !== 400 && !ownProblem(problem)) failure.value = problem
      return problem
    }
    await filed(result)
    return null
  }

  /** After a submission whose answer never came, the reader changed answers: a new key. */
  function renewKey() {
    progress.idempotencyKey = newIdempotencyKey()
    keyReused.value = false
  }

  return {
    step,
    stepNumber,
    returnToCheck,
    back,
    clientErrors,
    summary,
    checkSummary,
    fieldErrors,
    changeLink,
    proceed,
    showServerProblems,
    submitting,
    keyReused,
    expired,
    failure,
    send,
    renewKey,
  }
}
