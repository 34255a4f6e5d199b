import {describe, expect, it} from 'vitest'

describe('@dateline/text', () => {
  it('exposes the public api', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['collapseWhiteSpace', 'toReading', 'toText'])
  })
})
