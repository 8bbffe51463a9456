import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import {
  APPLICATION_KEY,
  resetApplicationProgress,
  useApplicationProgress,
} from './useApplicationDraft'
import { newIdempotencyKey } from '@/composables/idempotencyKey'

afterEach(() => resetApplicationProgress())

describe('the application in progress', () => {
  it('is kept in sessionStorage only, and forgotten when reset', async () => {
    const progress = useApplicationProgress()
    progress.draft.contact.phone = '13800138000'
    await nextTick()
    expect(sessionStorage.getItem(APPLICATION_KEY)).toContain('13800138000')
    expect(JSON.stringify(localStorage)).not.toContain('13800138000')
    resetApplicationProgress()
    await nextTick()
    expect(sessionStorage.getItem(APPLICATION_KEY)).toBeNull()
    expect(progress.draft.contact.phone).toBe('')
  })

  it('makes a fresh idempotency key each time', () => {
    const first = newIdempotencyKey()
    expect(first).toMatch(/^[\x21-\x7e]{8,128}$/)
    expect(newIdempotencyKey()).not.toBe(first)
  })
})
