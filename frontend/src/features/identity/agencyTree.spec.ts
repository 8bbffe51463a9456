import { describe, expect, it } from 'vitest'
import type { Agency, AgencyKind } from '@/api/types'
import { buildAgencyTree, countAgencies, filterAgencyTree } from './agencyTree'

function agency(code: string, name: string, kind: AgencyKind, parent: string | null): Agency {
  return {
    id: `id-${code}`,
    code,
    name,
    nameEn: null,
    shortName: null,
    kind,
    parentId: parent ? `id-${parent}` : null,
    regionCode: null,
    address: null,
    postalCode: null,
    phone: null,
    email: null,
    website: null,
    officeHours: null,
  }
}

const agencies = [
  agency('340600-sfj', '淮北市司法局', 'DEPARTMENT', '340600'),
  agency('340621', '濉溪县人民政府', 'COUNTY_GOVERNMENT', '340600'),
  agency('340600', '淮北市人民政府', 'CITY_GOVERNMENT', '340000'),
  agency('340000', '安徽省人民政府', 'PROVINCE_GOVERNMENT', null),
  agency('340621-sfj', '濉溪县司法局', 'DEPARTMENT', '340621'),
  agency('420000', '湖北省人民政府', 'PROVINCE_GOVERNMENT', null),
]

describe('agency tree', () => {
  it('nests province › city › county › department, governments before departments', () => {
    const tree = buildAgencyTree(agencies)
    expect(tree.map((node) => node.agency.code)).toEqual(['340000', '420000'])
    const city = tree[0]!.children[0]!
    expect(city.agency.code).toBe('340600')
    expect(city.children.map((node) => node.agency.code)).toEqual(['340621', '340600-sfj'])
    expect(countAgencies(tree)).toBe(6)
  })

  it('keeps matches with the path down to them', () => {
    const shown = filterAgencyTree(buildAgencyTree(agencies), '濉溪县司法')
    expect(shown.map((node) => node.agency.code)).toEqual(['340000'])
    expect(countAgencies(shown)).toBe(4)
  })

  it('keeps everything under a matching government', () => {
    const shown = filterAgencyTree(buildAgencyTree(agencies), '淮北市人民')
    expect(countAgencies(shown)).toBe(5)
  })

  it('finds by code and shows all for an empty filter', () => {
    const tree = buildAgencyTree(agencies)
    expect(countAgencies(filterAgencyTree(tree, '420000'))).toBe(1)
    expect(filterAgencyTree(tree, '  ')).toBe(tree)
    expect(filterAgencyTree(tree, '不存在')).toEqual([])
  })
})
