import { describe, expect, it } from 'vitest'
import {
  isValidCreditCode,
  isValidEmail,
  isValidIdNumber,
  isValidMobile,
  isValidPhone,
  isValidPostalCode,
} from './identifiers'

describe('identifiers', () => {
  it.each(['11010519491231002X', '11010519491231002x', '１１０１０５１９４９１２３１００２Ｘ'])(
    'accepts the 公民身份号码 %s',
    (id) => {
      expect(isValidIdNumber(id)).toBe(true)
    },
  )

  it.each([
    ['a wrong check character', '110105194912310021'],
    ['a date that does not exist', '110105194902301234'],
    ['too short', '11010519491231002'],
    ['a birth before 1900', '110105189912310024'],
  ])('refuses an ID number with %s', (_why, id) => {
    expect(isValidIdNumber(id)).toBe(false)
  })

  it('refuses a birth date after today', () => {
    expect(isValidIdNumber('11010519491231002X', new Date(1949, 0, 1))).toBe(false)
  })

  it('checks the 统一社会信用代码 check character', () => {
    expect(isValidCreditCode('9144030071526726XG')).toBe(true)
    expect(isValidCreditCode('9144030071526726xg')).toBe(true)
    expect(isValidCreditCode('9144030071526726XH')).toBe(false)
    expect(isValidCreditCode('9144030071526726IG')).toBe(false)
    expect(isValidCreditCode('914403007152672')).toBe(false)
  })

  it('takes mobile numbers and landlines with an area code', () => {
    expect(isValidPhone('13800138000')).toBe(true)
    expect(isValidPhone('0561-3012345')).toBe(true)
    expect(isValidPhone('05613012345')).toBe(true)
    expect(isValidPhone('010-12345678-123')).toBe(true)
    expect(isValidPhone('12800138000')).toBe(false)
    expect(isValidPhone('3012345')).toBe(false)
  })

  it('takes only a mobile number where a text message must reach the person', () => {
    expect(isValidMobile(' 13800138000 ')).toBe(true)
    expect(isValidMobile('0561-3012345')).toBe(false)
    expect(isValidMobile('1380013800')).toBe(false)
    expect(isValidMobile('12800138000')).toBe(false)
  })

  it('checks e-mail addresses and postal codes roughly, as the backend does', () => {
    expect(isValidEmail('name@example.org')).toBe(true)
    expect(isValidEmail('name.example.org')).toBe(false)
    expect(isValidPostalCode('235000')).toBe(true)
    expect(isValidPostalCode('23500')).toBe(false)
  })
})
