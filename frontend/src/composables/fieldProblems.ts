import type { InjectionKey } from 'vue'

/**
 * How a field tells the form around it of problems it found itself, such as an upload of a file
 * of the wrong type: by the id of its control, the messages as they now read (none when put
 * right). The form lists them in its error summary beside its own.
 */
export type FieldProblems = (id: string, messages: readonly string[]) => void

export const FIELD_PROBLEMS: InjectionKey<FieldProblems> = Symbol('field-problems')
