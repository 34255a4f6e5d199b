/**
 * Names in the body, in reading order, read once per article: the fallback
 * that resolves “the two ministers” to the two people named before it when
 * no earlier pass has made speakers for them.
 *
 * A name is a run of capitalised words (“Wang Yi”, “Sergei Lavrov”, “Harbour
 * Authority”); a person is a run of two or three words with no organisation
 * head (“Ministry”, “Union”, “States”); a lone surname (“Lavrov”) counts as
 * the person whose full name ended with it earlier.
 */
import type {ParseContext} from '../context.js'
import {organizationWords, roleWords} from './lexicon.js'
import {tokenize} from './tokens.js'

export interface NameOccurrence {
  /** The name as the text has it (“Sergei Lavrov”), or the full name a surname stands for. */
  name: string
  start: number
  end: number
  person: boolean
  /** Whether it stands in a coordination with the next occurrence (“China and Russia”). */
  andNext: boolean
}

/** Most words in one name run (“Amara Ngozi Okafor”); longer runs are titles or headlines. */
const NAME_MAX_WORDS = 4

/** Capitalised words that never start or make a name. */
const notNames = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'to', 'with', 'by', 'from', 'as', 'if', 'when',
  'after', 'before', 'while', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'these', 'those',
  'there', 'here', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'but', 'and',
  'so', 'yet', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'what', 'why', 'how', 'who',
  'where', 'that', 'then', 'now', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady',
  'president', 'minister', 'secretary', 'prime', 'foreign', 'chancellor', 'senator', 'governor'
])

const personWord = /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)*$/u

export function collectNames(context: ParseContext): NameOccurrence[] {
  const names: NameOccurrence[] = []
  const surnames = new Map<string, string>()
  for (const paragraph of context.article.paragraphs) {
    const tokens = tokenize(context.text, paragraph.position.start.offset!, paragraph.position.end.offset!)
    let index = 0
    while (index < tokens.length) {
      const token = tokens[index]!
      if (!token.capital || notNames.has(token.lower) || roleWords.has(token.lower)) {
        index++
        continue
      }
      let end = index + 1
      while (end < tokens.length && tokens[end]!.capital && !notNames.has(tokens[end]!.lower)) end++
      const words = tokens.slice(index, end)
      if (words.length <= NAME_MAX_WORDS) {
        const name = context.input.slice(words[0]!.start, words[words.length - 1]!.end)
        const organization = words.some((word) => organizationWords.has(word.lower))
        const person = !organization && words.length >= 2 && words.length <= 3 && words.every((word) => personWord.test(word.value))
        if (person) surnames.set(words[words.length - 1]!.lower, name)
        const full = !person && words.length === 1 ? surnames.get(token.lower) : undefined
        const andNext = tokens[end]?.lower === 'and' || (tokens[end]?.value === ',' && tokens[end + 1]?.capital === true)
        names.push({
          name: full ?? name,
          start: words[0]!.start,
          end: words[words.length - 1]!.end,
          person: person || full !== undefined,
          andNext
        })
      }
      index = end
    }
  }
  return names
}
