/**
 * @vitest-environment jsdom
 * DOMPurify does not support happy-dom (whose Node.prototype.nodeName reads '' for an element, so
 * every element looks unnamed); jsdom, like a browser, gives the sanitiser what it relies on.
 */
import { describe, expect, it } from 'vitest'
import { cleanPreviewHtml } from './previewHtml'

import policyCases from '../../../../../src/test/resources/report/html-policy-cases.json'

describe('the preview’s HTML', () => {
  // The cases the server's sanitiser is tested on too (ReportHtmlPolicyTests): one allow-list, the same answers.
  it.each(policyCases.cases.map((c) => [c.name, c.html, c.clean]))('%s', (_, html, clean) => {
    expect(cleanPreviewHtml(html)).toBe(clean)
  })
})
