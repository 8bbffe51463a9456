import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { fetchMe, logOut as postLogout } from '@/api/portal'
import { ProblemError } from '@/api/http'
import type { Me, Role } from '@/api/types'

export const LOGIN_PATH = '/oauth2/authorization/gongkai'

const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>([
  'DISCLOSURE_OFFICER',
  'OGI_OFFICE_HEAD',
  'HOTLINE_DISPATCHER',
  'DEPARTMENT_HANDLER',
  'REPORT_EDITOR',
  'REPORT_PUBLISHER',
  'SYSTEM_ADMINISTRATOR',
  'SECURITY_AUDITOR',
])

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.has(role)
}

/**
 * What this tab kept for the person who signs out (an application in progress, where to return
 * after signing in): personal data that must not outlive their session.
 */
export function forgetSessionData(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('gongkai.')) sessionStorage.removeItem(key)
    }
  } catch {
    // No storage: nothing kept.
  }
}

/** Who is signed in. A 401 from /api/me is not an error: it means an anonymous visitor. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)
  const failed = ref(false)
  let pending: Promise<void> | null = null

  const signedIn = computed(() => me.value !== null)
  const roles = computed(() => new Set(me.value?.roles.map((grant) => grant.role) ?? []))
  const isStaff = computed(() => [...roles.value].some(isStaffRole))

  function hasAnyRole(...wanted: Role[]): boolean {
    return wanted.some((role) => roles.value.has(role))
  }

  async function fetchSession() {
    try {
      me.value = await fetchMe()
      failed.value = false
    } catch (error) {
      me.value = null
      failed.value = !(error instanceof ProblemError && error.status === 401)
    } finally {
      loaded.value = true
    }
  }

  /** Loads the session once; later callers share the same answer. */
  function ensureLoaded(): Promise<void> {
    pending ??= fetchSession()
    return pending
  }

  function reload(): Promise<void> {
    pending = fetchSession()
    return pending
  }

  async function logOut() {
    await postLogout()
    forgetSessionData()
    await reload()
  }

  return { me, loaded, failed, signedIn, isStaff, hasAnyRole, ensureLoaded, reload, logOut }
})
