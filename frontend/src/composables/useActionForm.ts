import { nextTick, ref, type Ref } from 'vue'
import { ProblemError } from '@/api/http'
import type { SummaryError } from '@/components/ErrorSummary.vue'

/** What one staff action's form is: its fields, its own checks and how it is sent. */
export interface ActionFormRules<T> {
  /** The element id of a field by its form path. */
  fieldId: (path: string) => string
  /** The submit button's id: where a problem no field holds leads. */
  submitId: string
  /** A backend problem in the summary, naming its field. */
  named: (path: string, message: string) => string
  /** The form's own checks: problems by form path, none when it may go on. */
  validate: () => Record<string, string>
  /** The form path that shows a problem the backend names by `field`, or null. */
  fieldOf: (field: string) => string | null
  /** Sends the action; what it answers goes to `done`. */
  send: () => Promise<T>
  done: (result: T) => void
  /** The backend's 409: someone changed the record meanwhile, or its state no longer allows it. */
  conflict: (detail: string) => void
  /** Whether the staff member reads a summary of what will be sent and confirms it first. */
  confirmFirst: boolean
  /** An action without fields opens on its summary. */
  startsConfirmed?: boolean
  /** The field "change" goes back to. */
  firstFieldId?: () => string
  /** The summary's heading (the form's template ref): it takes focus when the summary opens. */
  confirmTitle?: Ref<HTMLElement | null>
}

/**
 * One staff action's form: its own checks, a summary of what will be sent to confirm (where the
 * action asks for one), and the backend's problems beside their fields and in the error summary; a
 * field's problem sends the staff member back to the fields.
 */
export function useActionForm<T>(rules: ActionFormRules<T>) {
  const errors = ref<Record<string, string>>({})
  const summary = ref<SummaryError[]>([])
  const busy = ref(false)
  /** Filling in the fields, or reading over what will be sent. */
  const stage = ref<'edit' | 'confirm'>(rules.startsConfirmed ? 'confirm' : 'edit')

  function show(found: Record<string, string>, extra: string[] = [], named = false) {
    errors.value = found
    summary.value = [
      ...Object.entries(found).map(([path, message]) => ({
        fieldId: rules.fieldId(path),
        message: named ? rules.named(path, message) : message,
      })),
      ...extra.map((message) => ({ fieldId: rules.submitId, message })),
    ]
  }

  /** The form's own checks; true when they pass. */
  function checked(): boolean {
    const found = rules.validate()
    show(found)
    return Object.keys(found).length === 0
  }

  async function toConfirm() {
    if (!checked()) return
    stage.value = 'confirm'
    await nextTick()
    rules.confirmTitle?.value?.focus()
  }

  async function change() {
    stage.value = 'edit'
    await nextTick()
    if (rules.firstFieldId) document.getElementById(rules.firstFieldId())?.focus()
  }

  async function send() {
    busy.value = true
    try {
      rules.done(await rules.send())
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error
      const problem = error.problem
      if (problem.status === 409) {
        rules.conflict(problem.detail ?? problem.title)
      } else if (problem.status === 400 && problem.errors?.length) {
        const byField: Record<string, string> = {}
        const extra: string[] = []
        for (const fieldProblem of problem.errors) {
          const path = rules.fieldOf(fieldProblem.field)
          if (path) byField[path] ??= fieldProblem.message
          else extra.push(fieldProblem.message)
        }
        if (rules.confirmFirst && Object.keys(byField).length > 0) stage.value = 'edit'
        await nextTick()
        show(byField, extra, true)
      } else {
        show({}, [problem.detail ?? problem.title])
      }
    } finally {
      busy.value = false
    }
  }

  /** The form's submit: on to the summary, or (from the summary, or without one) send. */
  async function submit() {
    if (rules.confirmFirst) return stage.value === 'edit' ? toConfirm() : send()
    if (checked()) await send()
  }

  return { errors, summary, busy, stage, change, submit }
}
