import { useI18n } from 'vue-i18n'

/** A file's size as people read it: kilobytes below a megabyte, never "0 KB". */
export function useFileSize() {
  const { t } = useI18n()
  return (bytes: number): string =>
    bytes >= 1024 * 1024
      ? t('upload.megabytes', { size: (bytes / 1024 / 1024).toFixed(1) })
      : t('upload.kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) })
}
