import { useI18n } from 'vue-i18n'
import type { DisclosureOutcome, DisclosureState } from '@/api/disclosure'
import { useDates } from '@/composables/useDates'
import { groupOf, itemNumberOf, stateKey } from './states'

/** Names of states and outcomes in the reader's language, outcomes as in the national format. */
export function useDisclosureWords() {
  const { t } = useI18n()
  const { formatDay } = useDates()

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

  /** （预计）: said after a date counted on a year whose holiday arrangement is not entered. */
  function provisionalMark(): string {
    return t('common.parenthesised', { text: t('deadline.provisional') })
  }

  /** A deadline day in words, 2027年1月13日（预计） while it is provisional. */
  function dueDay(day: string, provisional: boolean): string {
    return provisional ? `${formatDay(day)}${provisionalMark()}` : formatDay(day)
  }

  return { stateName, outcomeText, provisionalMark, dueDay }
}
