import { LOGIN_PATH } from '@/stores/session'

/**
 * The sign-in link from a page: the portal keeps the page while the person is at the sign-in
 * provider and brings them back to it (staff to their console); it follows none but its own
 * paths, so that the link cannot lead elsewhere.
 */
export function signInHref(returnTo: string): string {
  return `${LOGIN_PATH}?return=${encodeURIComponent(returnTo)}`
}

const SIGNING_IN = 'gongkai.signingIn'
const LIFETIME_MS = 15 * 60 * 1000

/** Notes that the person left for the sign-in provider, so that the page they come back to can greet them. */
export function markSigningIn(now = Date.now()): void {
  try {
    sessionStorage.setItem(SIGNING_IN, String(now))
  } catch {
    // Storage refused: the page starts as any page load does.
  }
}

/** Whether this page load is the return from the sign-in provider; asked once, then forgotten. */
export function takeSigningIn(now = Date.now()): boolean {
  try {
    const at = Number(sessionStorage.getItem(SIGNING_IN))
    sessionStorage.removeItem(SIGNING_IN)
    return at > 0 && now >= at && now - at <= LIFETIME_MS
  } catch {
    return false
  }
}
