import { inject, provide, type InjectionKey } from 'vue'
import type { DisclosureRequest, QueueItem } from '@/api/disclosure'
import type { ActionDraft } from '../actionForm'

/** What the form hands each action's fields: the request, the answers, and the problems found. */
export interface ActionContext {
  request: () => DisclosureRequest
  /** The applicant's earlier requests (a reply may name one it repeats). */
  earlier: () => QueueItem[]
  draft: ActionDraft
  /** Problems to show beside fields, by form path. */
  errors: () => Record<string, string>
  /** Today in the officer's calendar, as YYYY-MM-DD: the bound of the date fields. */
  today: string
}

const ACTION: InjectionKey<ActionContext> = Symbol('staff action')

export function provideActionContext(context: ActionContext): void {
  provide(ACTION, context)
}

export function injectActionContext(): ActionContext {
  const context = inject(ACTION)
  if (!context) throw new Error('no staff action provided')
  return context
}
