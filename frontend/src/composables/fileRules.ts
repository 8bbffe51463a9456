/** What the portal's upload services take (disclosure attachments, hotline photos): as the backend. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const

/**
 * Why a file cannot be uploaded, checked before sending it: its type (PDF, JPEG or PNG, by type or
 * by name) and size. The backend checks the content again. The answer is a message key under upload.
 */
export function fileProblem(file: { name: string; type: string; size: number }): string | null {
  const byType = (ACCEPTED_TYPES as readonly string[]).includes(file.type)
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name)
  if (!byType && !byName) return 'fileType'
  if (file.size === 0) return 'fileEmpty'
  if (file.size > MAX_FILE_BYTES) return 'fileTooLarge'
  return null
}
