/**
 * An upload service of the portal as the shared upload field uses it: how to send one file, and
 * what to call a file once stored (the disclosure and hotline APIs name that field differently).
 */
export interface FileService<F extends StoredFileLike> {
  upload: (file: File) => Promise<F>
  nameOf: (file: F) => string
}

/** What every upload service answers with, whatever it calls the file's name. */
export interface StoredFileLike {
  id: string
  contentType: string
  size: number
}
