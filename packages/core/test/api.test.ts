import {describe, expect, it} from 'vitest'

describe('@dateline/core', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['parseArticle'])
  })
})
