import { describe, expect, it } from 'vitest'
import { dialled, phoneParts } from './phoneNumbers'

const linked = (text: string) =>
  phoneParts(text)
    .filter((part) => part.tel)
    .map((part) => `${part.text}→${part.tel}`)

describe('phone numbers in a text', () => {
  it('finds the emergency and service numbers, fixed lines and mobiles', () => {
    expect(linked('请拨打 110（报警）、119（火警）、120（急救）或 122（交通事故）。')).toEqual([
      '110→110',
      '119→119',
      '120→120',
      '122→122',
    ])
    expect(linked('12345 政务服务便民热线')).toEqual(['12345→12345'])
    expect(linked('电话 0561-3096110，手机 13800138000')).toEqual([
      '0561-3096110→05613096110',
      '13800138000→13800138000',
    ])
    expect(linked('call 0561-3096110-8012 (ext.)')).toEqual(['0561-3096110-8012→05613096110,8012'])
  })

  it('finds none inside longer numbers, words or document numbers', () => {
    expect(linked('国办发〔2020〕53号')).toEqual([])
    expect(linked('共 1100 件、1203 件；GK-2026-000110；v110；12345678')).toEqual([])
  })

  it('keeps every character of the text', () => {
    const text = '遇到紧急情况，请拨打 110 或 120。'
    expect(
      phoneParts(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text)
    expect(dialled(' 0561-1234567 ')).toBe('05611234567')
  })
})
