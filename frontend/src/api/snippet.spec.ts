import { describe, expect, it } from 'vitest'
import { snippetSegments } from './snippet'

describe('snippetSegments', () => {
  it('keeps <mark> as highlighting', () => {
    expect(snippetSegments('全年受理<mark>依申请公开</mark>申请 12 件')).toEqual([
      { text: '全年受理', marked: false },
      { text: '依申请公开', marked: true },
      { text: '申请 12 件', marked: false },
    ])
  })

  it('drops every other tag and never keeps script', () => {
    const segments = snippetSegments(
      '<img src=x onerror="alert(1)"><b>加粗</b><script>alert(2)</script><mark><a href="javascript:x">链接</a></mark>',
    )
    expect(segments).toEqual([
      { text: '加粗', marked: false },
      { text: '链接', marked: true },
    ])
  })

  it('reads entities as the characters they stand for', () => {
    expect(snippetSegments('A &amp; B &lt;mark&gt;')).toEqual([
      { text: 'A & B <mark>', marked: false },
    ])
  })
})
