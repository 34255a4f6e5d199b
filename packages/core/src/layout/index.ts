import type {ParseContext} from '../context.js'

/** Pass 2: layout (placeholder: every non-blank line is a paragraph). */
export function layout(context: ParseContext): void {
  const {text, input, locate, article} = context
  let offset = 0
  for (const line of text.split('\n')) {
    const start = offset + (line.length - line.trimStart().length)
    const end = offset + line.trimEnd().length
    if (end > start) {
      article.paragraphs.push({
        index: article.paragraphs.length,
        text: input.slice(start, end),
        position: locate.position(start, end),
        sentences: []
      })
    }
    offset += line.length + 1
  }
}
