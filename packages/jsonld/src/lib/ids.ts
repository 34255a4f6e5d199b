/**
 * Node ids. With a base IRI (`options.id`) a model id becomes a fragment of
 * it (`https://example.com/story#q1`); without one, a blank-node id
 * (`_:q1`), which JSON-LD scopes to this document.
 */
export function nodeId(base: string | undefined, id: string): string {
  return base ? base + '#' + id : '_:' + id
}
