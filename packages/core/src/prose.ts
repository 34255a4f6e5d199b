/**
 * Pass 3: prose.
 *
 * Parses each body paragraph once with retext-english and keeps the tree
 * for the later passes; records the paragraph's sentences.
 */
import type {Root, Sentence} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {ParseContext} from './context.js'
import type {Block} from './model.js'

// Frozen once: `unified()` per paragraph would redo the plugin set-up.
const parser = unified().use(retextEnglish).freeze()

export function prose(context: ParseContext): void {
  const {article, text, input, locate} = context
  for (const paragraph of article.paragraphs) {
    const start = paragraph.position.start.offset!
    const end = paragraph.position.end.offset!
    const tree: Root = parser.parse(text.slice(start, end))
    context.trees[paragraph.index] = {offset: start, tree}
    const sentences: Block[] = []
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      for (const node of child.children) {
        if (node.type !== 'SentenceNode') continue
        const range = trimmedRange(node, text, start)
        if (!range) continue
        sentences.push({
          text: input.slice(range[0], range[1]),
          position: locate.position(range[0], range[1])
        })
      }
    }
    paragraph.sentences = sentences
  }
}

function trimmedRange(node: Sentence, text: string, base: number): [number, number] | undefined {
  let from = base + node.position!.start.offset!
  let to = base + node.position!.end.offset!
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return from < to ? [from, to] : undefined
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10
}
