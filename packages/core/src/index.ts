export {parseArticle} from './parse.js'
export type {
  Article,
  Block,
  Boilerplate,
  Byline,
  DateLine,
  Dateline,
  Dek,
  Excerpt,
  Message,
  Paragraph,
  ParseOptions,
  Point,
  Position,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerKind,
  Statement
} from './model.js'
