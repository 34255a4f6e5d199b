import {describe, expect, it} from 'vitest'

describe('@dateline/markdown', () => {
  it('exposes the public api', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['toMarkdown', 'toMdast'])
  })
})
