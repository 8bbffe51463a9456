import { useI18n } from 'vue-i18n'
import type { DisclosureOutcome, DisclosureState } from '@/api/disclosure'
import { useDueDay } from '@/composables/useDueDay'
import { groupOf, itemNumberOf, stateKey } from './states'

/** Names of states and outcomes in the reader's language, outcomes as in the national format. */
export function useDisclosureWords() {
  const { t } = useI18n()
  const { provisionalMark, dueDay } = useDueDay()

  function stateName(state: DisclosureState): string {
    return t(stateKey(state))
  }

  /** （三）不予公开 · 1.属于国家秘密; a group of one row is named by the group alone. */
  function outcomeText(outcome: DisclosureOutcome): string {
    const group = t(`outcomeGroup.${groupOf(outcome)}`)
    const item = itemNumberOf(outcome)
    if (item === 0) return group
    return t('outcomeWithGroup', { group, item, label: t(`outcome.${outcome}`) })
  }

  return { stateName, outcomeText, provisionalMark, dueDay }
}
