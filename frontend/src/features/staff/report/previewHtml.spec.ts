/**
 * @vitest-environment jsdom
 * DOMPurify does not support happy-dom (whose Node.prototype.nodeName reads '' for an element, so
 * every element looks unnamed); jsdom, like a browser, gives the sanitiser what it relies on.
 */
import { describe, expect, it } from 'vitest'
import { cleanPreviewHtml } from './previewHtml'

const FIGURE = '/reports/images/0b6f3c1e-2a4d-4c8e-9f10-3d5e7a9b1c2d'

describe('the preview’s HTML', () => {
  it.each([
    [
      'text and emphasis',
      '<p>一、<strong>总体</strong>情况</p>',
      '<p>一、<strong>总体</strong>情况</p>',
    ],
    [
      'a table with its alignment',
      '<table><thead><tr><th align="right">数</th></tr></thead><tbody><tr><td align="center">1</td></tr></tbody></table>',
      '<table><thead><tr><th align="right">数</th></tr></thead><tbody><tr><td align="center">1</td></tr></tbody></table>',
    ],
    [
      'an alignment that is none',
      '<table><tr><td align="javascript">1</td></tr></table>',
      '<table><tbody><tr><td>1</td></tr></tbody></table>',
    ],
    ['a script, with its text', '<script>alert(1)</script><p>文</p>', '<p>文</p>'],
    ['a style, with its rules', '<style>p{}</style><p>文</p>', '<p>文</p>'],
    [
      'handlers, styles, classes',
      '<p onclick="x()" style="color:red" class="a" data-x="1" aria-label="y">文</p>',
      '<p>文</p>',
    ],
    [
      'an image whose src is not a figure, with its onerror',
      '<img src="x" onerror="alert(1)"><p>文</p>',
      '<p>文</p>',
    ],
    ['an external image', '<p><img src="https://evil.example/a.png" alt="图">文</p>', '<p>文</p>'],
    ['an image of data', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="图">', ''],
    ['a figure’s look-alike', `<img src="${FIGURE}x" alt="图">`, ''],
    [
      'the report’s own figure, with its alt',
      `<p><img src="${FIGURE}" alt="图一 办理情况"></p>`,
      `<p><img src="${FIGURE}" alt="图一 办理情况"></p>`,
    ],
    [
      'a figure’s stray attributes',
      `<img src="${FIGURE}" alt="图" onload="x()" width="9000" title="t">`,
      `<img src="${FIGURE}" alt="图">`,
    ],
    [
      'elements outside the list, keeping their text',
      '<div><span>留</span>下</div><h1>题</h1>',
      '留下题',
    ],
    ['a javascript: link', '<a href="javascript:alert(1)">链</a>', '<a>链</a>'],
    ['a protocol-relative link', '<a href="//evil.example/">链</a>', '<a>链</a>'],
    ['a backslashed link', '<a href="/\\evil.example/">链</a>', '<a>链</a>'],
    ['a link of this site', '<a href="/reports/340621">链</a>', '<a href="/reports/340621">链</a>'],
    [
      'an external link',
      '<a href="https://www.gov.cn/">链</a>',
      '<a href="https://www.gov.cn/">链</a>',
    ],
    [
      'a mail link',
      '<a href="mailto:ogi@example.gov.cn">信</a>',
      '<a href="mailto:ogi@example.gov.cn">信</a>',
    ],
    ['a link’s target', '<a href="#t" target="_blank">链</a>', '<a href="#t">链</a>'],
    ['an href on another element', '<p href="/x">文</p>', '<p>文</p>'],
  ])('%s', (_, html, clean) => {
    expect(cleanPreviewHtml(html)).toBe(clean)
  })
})
