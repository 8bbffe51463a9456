import { describe, expect, it } from 'vitest'
import { cleanPreviewHtml } from './previewHtml'

describe('the preview’s HTML', () => {
  it.each([
    ['<p>一、<strong>总体</strong>情况</p>', '<p>一、<strong>总体</strong>情况</p>'],
    [
      '<table><thead><tr><th align="right">数</th></tr></thead><tbody><tr><td align="center">1</td></tr></tbody></table>',
      '<table><thead><tr><th align="right">数</th></tr></thead><tbody><tr><td align="center">1</td></tr></tbody></table>',
    ],
    ['<p onclick="x()" style="color:red" class="a">文</p>', '<p>文</p>'],
    ['<script>alert(1)</script><p>文</p>', '<p>文</p>'],
    ['<img src="x" onerror="alert(1)"><p>文</p>', '<p>文</p>'],
    ['<div><span>留</span>下</div>', '<span>留</span>下'],
    ['<a href="javascript:alert(1)">链</a>', '<a>链</a>'],
    ['<a href="//evil.example/">链</a>', '<a>链</a>'],
    ['<a href="/reports/340621">链</a>', '<a href="/reports/340621">链</a>'],
    ['<td align="javascript">1</td>', '1'],
  ])('%s → %s', (html, clean) => {
    expect(cleanPreviewHtml(html)).toBe(clean)
  })
})
