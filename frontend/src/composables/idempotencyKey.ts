/**
 * A random key for the Idempotency-Key header, from the browser's own generator. A form makes one
 * when the reader reaches its check page and keeps it with the draft, so that a retry after an
 * answer that never came files nothing twice.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
