/**
 * Hands a fetched file to the browser as a download under the given name: a temporary object URL
 * on a link that is clicked and dropped at once.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after click() returns: revoke it once they have.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
