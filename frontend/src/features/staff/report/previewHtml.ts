/**
 * The preview's HTML, once more reduced to what a report's text may hold. The backend already
 * sanitises it; this keeps the page safe even if an answer were not what it should be. The HTML
 * is parsed inertly (no script runs, nothing loads) and rebuilt from allowed elements only.
 */

const ALLOWED = new Set(
  (
    'p br hr strong b em i u s del ins sup sub code pre blockquote ul ol li h1 h2 h3 h4 h5 h6 ' +
    'table caption thead tbody tfoot tr th td a span'
  ).split(' '),
)
/** Dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'])
const ALIGNMENTS = new Set(['left', 'center', 'right'])

function safeHref(href: string): boolean {
  return /^(https?:\/\/|\/(?!\/)|#|mailto:)/i.test(href.trim())
}

function copy(source: Node, target: Node, document: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(document.createTextNode(child.textContent ?? ''))
      continue
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue
    const element = child as Element
    const tag = element.tagName.toLowerCase()
    if (DROPPED.has(tag)) continue
    if (!ALLOWED.has(tag)) {
      copy(element, target, document)
      continue
    }
    const clean = document.createElement(tag)
    const align = element.getAttribute('align')?.toLowerCase()
    if ((tag === 'th' || tag === 'td') && align && ALIGNMENTS.has(align))
      clean.setAttribute('align', align)
    for (const name of ['colspan', 'rowspan']) {
      const value = element.getAttribute(name)
      if ((tag === 'th' || tag === 'td') && value && /^\d{1,2}$/.test(value))
        clean.setAttribute(name, value)
    }
    if (tag === 'ol') {
      const start = element.getAttribute('start')
      if (start && /^\d{1,4}$/.test(start)) clean.setAttribute('start', start)
    }
    if (tag === 'a') {
      const href = element.getAttribute('href')
      if (href && safeHref(href)) clean.setAttribute('href', href)
    }
    copy(element, clean, document)
    target.appendChild(clean)
  }
}

export function cleanPreviewHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const container = parsed.createElement('div')
  copy(parsed.body, container, parsed)
  return container.innerHTML
}
