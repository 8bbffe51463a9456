import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n'

const LOCALE_KEY = 'gongkai.locale'
const LARGE_TEXT_KEY = 'gongkai.largeText'

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** The reader's choices that outlive a visit: language and 大字版 (large text, high contrast). */
export const usePreferencesStore = defineStore('preferences', () => {
  const remembered = stored(LOCALE_KEY)
  const locale = ref<Locale>(isLocale(remembered) ? remembered : DEFAULT_LOCALE)
  const largeText = ref(stored(LARGE_TEXT_KEY) === 'true')

  function apply() {
    const root = document.documentElement
    root.lang = locale.value
    root.classList.toggle('large-text', largeText.value)
  }

  watch(locale, (value) => {
    store(LOCALE_KEY, value)
    apply()
  })
  watch(largeText, (value) => {
    store(LARGE_TEXT_KEY, String(value))
    apply()
  })
  apply()

  function setLocale(value: Locale) {
    locale.value = value
  }

  function toggleLargeText() {
    largeText.value = !largeText.value
  }

  return { locale, largeText, setLocale, toggleLargeText }
})
