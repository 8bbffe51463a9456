/** A piece of a search snippet: plain text, highlighted or not. */
export interface SnippetSegment {
  text: string
  marked: boolean
}

/**
 * Reads a search snippet whose only markup may be <mark>. The HTML is parsed inertly (no script
 * runs, nothing loads) and reduced to text: <mark> survives as a flag, every other tag is dropped
 * and its text kept, so nothing from the snippet ever reaches the page as markup.
 */
export function snippetSegments(html: string): SnippetSegment[] {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const segments: SnippetSegment[] = []
  const push = (text: string, marked: boolean) => {
    if (!text) return
    const last = segments[segments.length - 1]
    if (last && last.marked === marked) last.text += text
    else segments.push({ text, marked })
  }
  const walk = (node: Node, marked: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) push(child.textContent ?? '', marked)
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName.toLowerCase()
        if (tag === 'script' || tag === 'style' || tag === 'template') continue
        walk(child, marked || tag === 'mark')
      }
    }
  }
  walk(document.body, false)
  return segments
}
