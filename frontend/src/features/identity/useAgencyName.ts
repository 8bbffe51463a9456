import { useI18n } from 'vue-i18n'

/** What an agency is called: its Chinese name, and the English one where the directory has one. */
export interface AgencyNames {
  name: string
  nameEn?: string | null
  shortName?: string | null
}

/**
 * How the portal names an agency. Agencies keep their Chinese names; in English the English name
 * comes first with the Chinese one beside it, and without an English name the Chinese one stands
 * alone. One rule for every view: AgencyName.vue shows it with each part in its language.
 */
export function useAgencyName() {
  const { t, locale } = useI18n()

  /** The English name to show first, or null where the Chinese name stands alone. */
  const englishOf = (agency: AgencyNames): string | null =>
    locale.value === 'en' && agency.nameEn ? agency.nameEn : null

  /** The name as one line of text (an option, a title, a sentence). */
  const agencyLabel = (agency: AgencyNames): string => {
    const english = englishOf(agency)
    return english ? t('agencies.nameWithChinese', { english, chinese: agency.name }) : agency.name
  }

  /** A short name for a heading over an agency's own departments, where the full one is just above. */
  const agencyShortLabel = (agency: AgencyNames): string =>
    englishOf(agency) ?? (agency.shortName || agency.name)

  /** Whether the agency matches what a reader typed, by any of its names or its code. */
  const matchesAgency = (agency: AgencyNames & { code: string }, words: string): boolean => {
    const needle = words.trim().toLowerCase()
    return [agency.name, agency.nameEn, agency.shortName, agency.code].some(
      (value) => !!value && value.toLowerCase().includes(needle),
    )
  }

  return { englishOf, agencyLabel, agencyShortLabel, matchesAgency }
}
