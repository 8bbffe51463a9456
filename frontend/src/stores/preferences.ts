import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n'

/**
 * The choices are kept in cookies, which the server reads to render its own pages (the reports) in
 * the same language and 大字版; the names and values are the server's `PortalPreferences`.
 */
export const LOCALE_COOKIE = 'gongkai_locale'
export const LARGE_TEXT_COOKIE = 'gongkai_large_text'
const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60

/** Where the choices were kept before the server pages needed them; still read once. */
const LEGACY_LOCALE_KEY = 'gongkai.locale'
const LEGACY_LARGE_TEXT_KEY = 'gongkai.largeText'

function cookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

function setCookie(name: string, value: string): void {
  if (typeof document === 'undefined') return
  const secure = window.location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${A_YEAR_IN_SECONDS}; SameSite=Lax${secure}`
}

function legacy(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

/** The reader's choices that outlive a visit: language and 大字版 (large text, high contrast). */
export const usePreferencesStore = defineStore('preferences', () => {
  const storedLocale = cookie(LOCALE_COOKIE) ?? legacy(LEGACY_LOCALE_KEY)
  const locale = ref<Locale>(isLocale(storedLocale) ? storedLocale : DEFAULT_LOCALE)
  const largeText = ref(
    (cookie(LARGE_TEXT_COOKIE) ?? (legacy(LEGACY_LARGE_TEXT_KEY) === 'true' ? '1' : '0')) === '1',
  )

  function apply() {
    if (typeof document === 'undefined') return
    const root = document.documentElement
    root.lang = locale.value
    root.classList.toggle('large-text', largeText.value)
  }

  // Written at once as well: a choice read from the old storage reaches the server's pages too.
  setCookie(LOCALE_COOKIE, locale.value)
  setCookie(LARGE_TEXT_COOKIE, largeText.value ? '1' : '0')

  watch(locale, (value) => {
    setCookie(LOCALE_COOKIE, value)
    apply()
  })
  watch(largeText, (value) => {
    setCookie(LARGE_TEXT_COOKIE, value ? '1' : '0')
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
