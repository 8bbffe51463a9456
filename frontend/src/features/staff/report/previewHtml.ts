import DOMPurify, { type UponSanitizeAttributeHook } from 'dompurify'
import policy from '../../../../../src/main/resources/report/html-policy.json'

/**
 * The preview's HTML, once more reduced to what a report's text may hold: the backend's own
 * allow-list (report/html-policy.json, one file for both), applied here too so the page stays safe
 * even if an answer were not what it should be. Images may only be the report's own figures; an
 * image from anywhere else is dropped whole, and a link whose address is refused keeps only its text.
 */

/** A figure uploaded to a report, as the backend addresses it. */
const FIGURE_URL = new RegExp(`^(?:${policy.figureAddress})$`)
/** Links: https, mail, a path of this site (not //host, nor /\host, read alike), #. */
const LINK_URL = new RegExp(`^(?:${policy.linkAddress})$`, 'is')
const ALIGNMENTS = new Set(policy.alignments)

/** Which attribute each element may keep; DOMPurify's lists are global, not per element. */
const ATTRIBUTES_OF: Record<string, readonly string[]> = policy.attributes

const keepOnlyOwnAttributes: UponSanitizeAttributeHook = (node, data) => {
  const tag = node.nodeName.toLowerCase()
  const name = data.attrName
  if (!ATTRIBUTES_OF[tag]?.includes(name)) data.keepAttr = false
  else if (name === 'src') data.keepAttr = FIGURE_URL.test(data.attrValue)
  else if (name === 'align') data.keepAttr = ALIGNMENTS.has(data.attrValue)
}

// An instance of its own, so these hooks never reach anyone else's use of DOMPurify.
const purifier = DOMPurify()
purifier.addHook('uponSanitizeAttribute', keepOnlyOwnAttributes)
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'IMG' && !node.hasAttribute('src')) node.remove()
  if (node.nodeName === 'A' && !node.hasAttribute('href')) node.replaceWith(...node.childNodes)
})

const CONFIG = {
  ALLOWED_TAGS: policy.elements,
  ALLOWED_ATTR: [...new Set(Object.values(policy.attributes).flat())],
  // align is no URL; without this DOMPurify would test its value against LINK_URL.
  ADD_URI_SAFE_ATTR: ['align'],
  ALLOWED_URI_REGEXP: LINK_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
}

export function cleanPreviewHtml(html: string): string {
  // Where DOMPurify cannot work it hands the HTML back as it came: show nothing instead.
  if (!purifier.isSupported) return ''
  return purifier.sanitize(html, CONFIG)
}
