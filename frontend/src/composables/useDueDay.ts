import { useI18n } from 'vue-i18n'
import { useDates } from './useDates'

/**
 * Deadline days in words. A day counted on a year whose State Council holiday arrangement is not
 * entered yet is provisional (预计), and says so in text, never by colour alone.
 */
export function useDueDay() {
  const { t } = useI18n()
  const { formatDay } = useDates()

  /** （预计）: said after a date counted on a year whose holiday arrangement is not entered. */
  function provisionalMark(): string {
    return t('common.parenthesised', { text: t('deadline.provisional') })
  }

  /** A deadline day in words, 2027年1月13日（预计） while it is provisional. */
  function dueDay(day: string, provisional: boolean): string {
    return provisional ? `${formatDay(day)}${provisionalMark()}` : formatDay(day)
  }

  return { provisionalMark, dueDay }
}
