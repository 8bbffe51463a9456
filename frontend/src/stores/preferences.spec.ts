import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { usePreferencesStore } from './preferences'

beforeEach(() => {
  localStorage.clear()
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
    expect(localStorage.getItem('gongkai.largeText')).toBe('true')

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

  it('ignores a stored language it does not know', () => {
    localStorage.setItem('gongkai.locale', 'fr')
    expect(usePreferencesStore().locale).toBe('zh-CN')
  })
})
