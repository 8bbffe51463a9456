import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createPortalI18n, LOCALES } from '@/i18n'

type Messages = { [key: string]: string | Messages }

function read(locale: string): Messages {
  return JSON.parse(readFileSync(resolve('src/locales', `${locale}.json`), 'utf8')) as Messages
}

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

describe('locales', () => {
  const zh = keys(read('zh-CN')).sort()

  it('gives English every key Chinese has, and no other', () => {
    expect(keys(read('en')).sort()).toEqual(zh)
  })

  it.each(LOCALES)('has no empty message in %s', (locale) => {
    const messages = read(locale)
    const empty = keys(messages).filter((key) => {
      const value = key.split('.').reduce<Messages | string>((node, part) => {
        return typeof node === 'string' ? node : (node[part] as Messages | string)
      }, messages)
      return typeof value !== 'string' || value.trim() === ''
    })
    expect(empty).toEqual([])
  })

  it.each(LOCALES)('compiles every message of %s', (locale) => {
    const i18n = createPortalI18n(locale)
    for (const key of zh) {
      const text = i18n.global.t(key, { count: 1, name: 'x', q: 'x', id: 'x', year: 2026 })
      expect(text, key).not.toBe(key)
      expect(text, key).not.toMatch(/[{}]/)
    }
  })
})
