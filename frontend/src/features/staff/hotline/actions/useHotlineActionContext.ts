import { inject, provide, type InjectionKey } from 'vue'
import type { NamedRef } from '@/api/hotline'
import type { HotlineStaffTicket } from '@/api/hotlineStaff'
import type { HotlineActionDraft } from '../hotlineActions'

/** What the form hands each action's fields: the ticket, the answers, and the problems found. */
export interface HotlineActionContext {
  ticket: () => HotlineStaffTicket
  draft: HotlineActionDraft
  /** Problems to show beside fields, by draft path. */
  errors: () => Record<string, string>
  /** The departments a ticket can go to, from the dispatch catalogue. */
  departments: () => NamedRef[]
}

const ACTION: InjectionKey<HotlineActionContext> = Symbol('hotline staff action')

export function provideHotlineActionContext(context: HotlineActionContext): void {
  provide(ACTION, context)
}

export function injectHotlineActionContext(): HotlineActionContext {
  const context = inject(ACTION)
  if (!context) throw new Error('no hotline staff action provided')
  return context
}
