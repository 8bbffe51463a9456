/**
 * Where a reader was when they chose to sign in. The sign-in provider always returns to /me, so
 * the page is kept in sessionStorage for a short while and /me sends the reader on to it.
 */
const KEY = 'gongkai.returnTo'
const LIFETIME_MS = 15 * 60 * 1000

/** Only a path of this portal, and not /me itself (which would go round in a circle). */
export function isReturnPath(path: string): boolean {
  return (
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.includes('\\') &&
    !/^\/me(?:[?#]|$)/.test(path) &&
    !path.startsWith('/oauth2/') &&
    !path.startsWith('/login')
  )
}

export function rememberReturnPath(path: string, now = Date.now()): void {
  if (!isReturnPath(path)) return
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path, at: now }))
  } catch {
    // Storage refused: the reader lands on /me, as without this.
  }
}

/** The remembered page, once: it is forgotten as it is read. */
export function takeReturnPath(now = Date.now()): string | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    sessionStorage.removeItem(KEY)
    const stored = JSON.parse(raw) as { path?: unknown; at?: unknown }
    if (typeof stored.path !== 'string' || typeof stored.at !== 'number') return null
    if (now - stored.at > LIFETIME_MS || now < stored.at) return null
    return isReturnPath(stored.path) ? stored.path : null
  } catch {
    return null
  }
}
