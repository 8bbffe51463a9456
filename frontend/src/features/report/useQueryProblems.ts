import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Problem } from '@/api/http'
import type { SummaryError } from '@/components/ErrorSummary.vue'

/**
 * A 400 about the query parameters, put beside the filter fields they are about and in an error
 * summary. `fields` maps each parameter to its field's id and the message key of its label.
 */
export function useQueryProblems(
  problem: Ref<Problem | null>,
  fields: Record<string, { id: string; label: string }>,
) {
  const { t } = useI18n()

  const fieldErrors = computed(() => {
    const found: Record<string, string> = {}
    for (const { field, message } of problem.value?.errors ?? []) {
      if (fields[field]) found[field] ??= message
    }
    return found
  })

  const summary = computed<SummaryError[]>(() =>
    Object.entries(fieldErrors.value).map(([field, message]) => ({
      fieldId: fields[field]!.id,
      message: t('apply.errors.named', { field: t(fields[field]!.label), message }),
    })),
  )

  return { fieldErrors, summary }
}
