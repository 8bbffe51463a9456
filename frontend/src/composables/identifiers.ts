/** Check characters of Chinese identifiers, as the backend checks them (DOMAIN.md §6). */

/** As the backend reads them: full-width characters made half-width (NFKC), trimmed, upper case. */
function normalize(value: string): string {
  return value.normalize('NFKC').trim().toUpperCase()
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECKS = '10X98765432'

/** 公民身份号码 (GB 11643-1999): 17 digits, a real birth date, and an ISO 7064 MOD 11-2 check. */
export function isValidIdNumber(value: string, today = new Date()): boolean {
  const id = normalize(value)
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  if (
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day ||
    year < 1900 ||
    birth.getTime() > today.getTime()
  )
    return false
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0)
  return ID_CHECKS[sum % 11] === id[17]
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** 统一社会信用代码 (GB 32100-2015): 18 characters of its alphabet with a check character. */
export function isValidCreditCode(value: string): boolean {
  const code = normalize(value)
  if (code.length !== 18) return false
  const values = [...code].map((char) => CREDIT_CODE_CHARS.indexOf(char))
  if (values.some((v) => v < 0)) return false
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, index) => total + weight * values[index]!,
    0,
  )
  return (31 - (sum % 31)) % 31 === values[17]
}

/** A mainland mobile number, or a landline with its area code (区号-号码, extension allowed). */
export function isValidPhone(value: string): boolean {
  return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/.test(value.trim())
}

/** A mainland mobile number (手机号码), the only kind the hotline can send a text message to. */
export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim())
}

/** The same rough shape the backend's @Email accepts: something@something. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim())
}

export function isValidPostalCode(value: string): boolean {
  return /^\d{6}$/.test(value.trim())
}
