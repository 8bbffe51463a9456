import type { HotlineState } from '@/api/hotline'

/** The states after which nothing more happens to a ticket (as HotlineState.isFinal). */
const FINAL: ReadonlySet<HotlineState> = new Set(['CLOSED', 'MERGED', 'ANSWERED_BY_KNOWLEDGE_BASE'])

export function isFinalHotlineState(state: HotlineState): boolean {
  return FINAL.has(state)
}
