import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { usePreferencesStore } from './preferences'

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`
  }
}

beforeEach(() => {
  localStorage.clear()
  clearCookies()
  document.documentElement.className = ''
  document.documentElement.lang = ''
  setActivePinia(createPinia())
})

describe('preferences', () => {
  it('starts in Chinese, normal size', () => {
    const preferences = usePreferencesStore()
    expect(preferences.locale).toBe('zh-CN')
    expect(preferences.largeText).toBe(false)
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('remembers 大字版 and marks the page for it', async () => {
    const preferences = usePreferencesStore()
    preferences.toggleLargeText()
    await nextTick()
    expect(document.documentElement.classList.contains('large-text')).toBe(true)
    expect(document.cookie).toContain('gongkai_large_text=1')

    setActivePinia(createPinia())
    expect(usePreferencesStore().largeText).toBe(true)
  })

  it('remembers the language and sets <html lang>', async () => {
    usePreferencesStore().setLocale('en')
    await nextTick()
    expect(document.documentElement.lang).toBe('en')
    setActivePinia(createPinia())
    expect(usePreferencesStore().locale).toBe('en')
  })

  it('keeps the language in a cookie, for the pages the server renders', async () => {
    usePreferencesStore().setLocale('en')
    await nextTick()
    expect(document.cookie).toContain('gongkai_locale=en')
  })

  it('ignores a stored language it does not know', () => {
    document.cookie = 'gongkai_locale=fr; Path=/'
    expect(usePreferencesStore().locale).toBe('zh-CN')
  })

  it('still reads the choices kept before they moved to cookies', () => {
    localStorage.setItem('gongkai.locale', 'en')
    localStorage.setItem('gongkai.largeText', 'true')
    const preferences = usePreferencesStore()
    expect(preferences.locale).toBe('en')
    expect(preferences.largeText).toBe(true)
  })
})
