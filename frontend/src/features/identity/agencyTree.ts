import type { Agency, AgencyKind } from '@/api/types'

/** An agency with the agencies directly under it. */
export interface AgencyNode {
  agency: Agency
  children: AgencyNode[]
}

const KIND_ORDER: Record<AgencyKind, number> = {
  PROVINCE_GOVERNMENT: 0,
  CITY_GOVERNMENT: 1,
  COUNTY_GOVERNMENT: 2,
  DISTRICT_GOVERNMENT: 2,
  DEPARTMENT: 3,
}

export function isGovernment(agency: Agency): boolean {
  return agency.kind !== 'DEPARTMENT'
}

function byKindThenCode(a: AgencyNode, b: AgencyNode): number {
  return (
    KIND_ORDER[a.agency.kind] - KIND_ORDER[b.agency.kind] ||
    a.agency.code.localeCompare(b.agency.code)
  )
}

/** Builds the hierarchy (province › city › county/district › departments) from the flat list. */
export function buildAgencyTree(agencies: Agency[]): AgencyNode[] {
  const nodes = new Map<string, AgencyNode>()
  for (const agency of agencies) nodes.set(agency.id, { agency, children: [] })
  const roots: AgencyNode[] = []
  for (const node of nodes.values()) {
    const parent = node.agency.parentId ? nodes.get(node.agency.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: AgencyNode[]) => {
    list.sort(byKindThenCode)
    list.forEach((node) => sort(node.children))
  }
  sort(roots)
  return roots
}

function matches(agency: Agency, needle: string): boolean {
  return [agency.name, agency.nameEn, agency.shortName, agency.code].some((value) =>
    value?.toLowerCase().includes(needle),
  )
}

/**
 * Keeps the agencies that match the text, with the path down to them for context. An agency
 * that matches keeps everything under it, so typing "淮北市" shows the whole city.
 */
export function filterAgencyTree(tree: AgencyNode[], text: string): AgencyNode[] {
  const needle = text.trim().toLowerCase()
  if (!needle) return tree
  const keep = (nodes: AgencyNode[]): AgencyNode[] =>
    nodes.flatMap((node) => {
      if (matches(node.agency, needle)) return [node]
      const children = keep(node.children)
      return children.length > 0 ? [{ agency: node.agency, children }] : []
    })
  return keep(tree)
}

export function countAgencies(tree: AgencyNode[]): number {
  return tree.reduce((sum, node) => sum + 1 + countAgencies(node.children), 0)
}
