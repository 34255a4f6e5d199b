import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {hasSeed, layoutParts, readSeed, sample, slice} from './helpers.js'

const parse = (text: string) => parseArticle(text, {structureOnly: true})
const texts = (text: string) => parse(text).paragraphs.map((paragraph) => paragraph.text)

// Expected texts come from DESIGN.md ("What the seed article must give") or
// from the input's own lines, never copied from the corpus.
describe.skipIf(!hasSeed)('the seed article (structure)', () => {
  const input = hasSeed ? readSeed() : ''
  const lines = input.split('\n')
  const nonBlank = lines.map((line) => line.trim()).filter(Boolean)
  const article = parse(input)

  it('finds the headline, the source and the dek', () => {
    expect(article.headline?.text).toBe('China, Russia hit out at US interference')
    expect(article.source?.text).toBe('Shine')
    expect(article.dek?.text).toMatch(/^The foreign ministers of China and Russia affirmed /)
    // The dek is the line between the two credit lines.
    expect(article.dek?.text).toBe(lines[3])
  })

  it('keeps the lead that repeats the dek, and marks it', () => {
    expect(article.paragraphs).toHaveLength(11)
    expect(article.dek?.repeats).toBe(0)
    // The lead repeats the dek with a curly apostrophe where the dek has a straight one.
    expect(article.paragraphs[0]!.text).not.toBe(article.dek?.text)
    expect(article.paragraphs[0]!.text.replace(/’/g, "'")).toBe(article.dek?.text)
    // Every non-blank line after the repeated credit line and before the furniture is one paragraph.
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(nonBlank.slice(4, 15))
  })

  it('takes the second credit line and the page furniture as boilerplate', () => {
    expect(article.boilerplate.map((block) => [block.text, block.rule])).toEqual([
      ['Shine', 'repeated-source'],
      ['Special Reports', 'furniture'],
      ['Top', 'furniture']
    ])
    expect(article.boilerplate[0]!.position.start.line).toBe(5)
  })

  it('positions every node in the input', () => {
    for (const part of layoutParts(article)) expect(slice(input, part.position)).toBe(part.text)
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) expect(slice(input, sentence.position)).toBe(sentence.text)
    }
    // A paragraph of two quoted sentences ("“…,” Wang said. “….”") gives two sentences.
    const quoted = article.paragraphs[4]!
    expect(quoted.sentences).toHaveLength(2)
    expect(quoted.sentences.map((sentence) => sentence.text).join(' ')).toBe(quoted.text)
    expect(quoted.sentences[0]!.text).toMatch(/” Wang said\.$/)
  })
})

describe('the bundled sample article', () => {
  const input = sample('harbour-accord.txt')
  const article = parse(input)

  it('finds every head element', () => {
    expect(article.headline?.text).toBe('Lirania, Veldenia pledge to end river dispute')
    expect(article.source?.text).toBe('Harbour Post')
    expect(article.byline).toMatchObject({authors: ['Mira Castellan', 'Joel Arkwright']})
    expect(article.dates).toMatchObject([{kind: 'published', date: '2025-03-04', text: 'Published: March 4, 2025'}])
    expect(article.dateline).toMatchObject({text: 'PORT HALCYON, Lirania (HPN) —', place: 'PORT HALCYON, Lirania', agency: 'HPN'})
  })

  it('splits the dateline off the lead and still sees the dek repeated there', () => {
    expect(article.paragraphs[0]!.text).toMatch(/^The foreign ministers of Lirania/)
    expect(article.dek?.repeats).toBe(0)
  })

  it('keeps prose that starts like furniture or a byline in the body', () => {
    expect(texts(input)).toContain('Top officials from both ministries will meet again in June.')
    expect(article.paragraphs.some((paragraph) => paragraph.text.includes('By the end of the day'))).toBe(true)
    expect(article.boilerplate.map((block) => block.rule)).toEqual(['repeated-source', 'furniture', 'related', 'copyright'])
  })
})

describe('headline', () => {
  it('takes a short first line followed by body', () => {
    expect(parse('Harbour board approves new ferry\n\nThe board voted on Monday.').headline?.text).toBe('Harbour board approves new ferry')
  })

  it('accepts a headline ending in a period and one starting with a lower-case brand', () => {
    expect(parse('Poll: Voters Turn Away From Incumbents.\n\nA new poll shows it.').headline?.text).toBe('Poll: Voters Turn Away From Incumbents.')
    expect(parse('eBay sellers face new fees\n\nThe site said so.').headline?.text).toBe('eBay sellers face new fees')
  })

  it('does not take a one-line paragraph of several sentences for a headline', () => {
    const article = parse(
      'The council met on Tuesday evening in the old town hall. It voted to close the library by the end of the year.\n\nResidents were angry.'
    )
    expect(article.headline).toBeUndefined()
    expect(article.paragraphs).toHaveLength(2)
    expect(article.messages.map((message) => message.ruleId)).toContain('no-headline')
  })

  it('does not take a lone line for a headline', () => {
    const article = parse('Residents gathered outside the town hall')
    expect(article.headline).toBeUndefined()
    expect(article.paragraphs).toHaveLength(1)
  })
})

describe('source', () => {
  it('takes a credit line that repeats around the dek, once', () => {
    const article = parse('Ferries return to Dunmore\n\nCoast Courier\nFerries sailed again on Friday after a week of storms.\nCoast Courier\n\nThe first boat left at dawn.')
    expect(article.source?.text).toBe('Coast Courier')
    expect(article.dek?.text).toBe('Ferries sailed again on Friday after a week of storms.')
    expect(article.boilerplate).toMatchObject([{text: 'Coast Courier', rule: 'repeated-source'}])
  })

  it('takes a known agency name', () => {
    expect(parse('Rail strike called off\n\nReuters\n\nUnions called off the strike on Sunday.').source?.text).toBe('Reuters')
  })

  it('does not take a short capitalised paragraph for a source', () => {
    const article = parse('Storm closes ports\n\nHigh Winds\n\nThe ports closed on Sunday as winds rose.')
    expect(article.source).toBeUndefined()
    expect(texts('Storm closes ports\n\nHigh Winds\n\nThe ports closed on Sunday as winds rose.')).toEqual(['High Winds', 'The ports closed on Sunday as winds rose.'])
  })
})

describe('dek', () => {
  it('takes the standfirst that shares the headline block', () => {
    const article = parse('Tax plan splits council;\nMembers disagree on how to fund the new bridge.\n\nThe vote is on Friday.')
    expect(article.dek?.text).toBe('Members disagree on how to fund the new bridge.')
    expect(article.dek?.repeats).toBeUndefined()
  })

  it('takes a standfirst repeated as the lead even with different quote marks', () => {
    const article = parse("Mill reopens\n\nThe town's mill reopened on Monday.\n\nThe town’s mill reopened on Monday.\n\nWorkers cheered.")
    expect(article.dek?.repeats).toBe(0)
    expect(article.paragraphs).toHaveLength(2)
  })

  it('does not take the lead paragraph for a dek', () => {
    const article = parse('Mill reopens\n\nThe mill reopened on Monday.\n\nWorkers cheered.')
    expect(article.dek).toBeUndefined()
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('byline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], undefined],
    ['By JANE DOE, Reuters', ['Jane Doe'], 'Reuters'],
    ['Jane Doe | Staff Reporter', ['Jane Doe'], 'Staff Reporter'],
    ['By Ana de la Cruz, Tomas Brandt & Lee Min-ho', ['Ana de la Cruz', 'Tomas Brandt', 'Lee Min-ho'], undefined],
    ['BYLINE: Amber Hale.', ['Amber Hale'], undefined]
  ])('parses %j', (line, authors, affiliation) => {
    const article = parse(`Bridge opens\n\n${line}\n\nThe bridge opened on Monday.`)
    expect(article.byline?.text).toBe(line)
    expect(article.byline?.authors).toEqual(authors)
    expect(article.byline?.affiliation).toBe(affiliation)
  })

  it('does not take "By the end of the day" for a byline', () => {
    const article = parse('Bridge opens\n\nBy the end of the day, hundreds had crossed it.\n\nThe mayor was pleased.')
    expect(article.byline).toBeUndefined()
    expect(article.paragraphs[0]!.text).toBe('By the end of the day, hundreds had crossed it.')
  })
})

describe('dateline', () => {
  it.each([
    ['GUILIN, China (AP) — Talks began.', {place: 'GUILIN, China', agency: 'AP'}, 'Talks began.'],
    ['BEIJING, March 23 (Reuters) - Talks began.', {place: 'BEIJING', date: 'March 23', agency: 'Reuters'}, 'Talks began.'],
    ['LONDON — Talks began.', {place: 'LONDON'}, 'Talks began.'],
    ['TRENTON, N.J. (AP) — Talks began.', {place: 'TRENTON, N.J.', agency: 'AP'}, 'Talks began.']
  ])('splits %j off the first paragraph', (lead, fields, rest) => {
    const input = `Talks begin\n\n${lead}\n\nMore followed.`
    const article = parse(input)
    expect(article.dateline).toMatchObject(fields)
    expect(article.paragraphs[0]!.text).toBe(rest)
    expect(slice(input, article.dateline!.position) + ' ' + rest).toBe(lead)
  })

  it('does not take a capitalised word with a hyphen for a dateline', () => {
    const article = parse('Talks begin\n\nUS-China talks began on Monday.\n\nNATO said little.')
    expect(article.dateline).toBeUndefined()
    expect(article.paragraphs[0]!.text).toBe('US-China talks began on Monday.')
  })

  it('does not look for a dateline after the first paragraph', () => {
    expect(parse('Talks begin\n\nTalks began.\n\nLONDON — More followed.').dateline).toBeUndefined()
  })
})

describe('date lines', () => {
  it.each([
    ['Published: March 4, 2025', 'published', '2025-03-04'],
    ['Updated 10:42 GMT, 23 March 2021', 'updated', '2021-03-23'],
    ['2021-03-23', 'date', '2021-03-23'],
    ['Tuesday, 23 March 2021', 'date', '2021-03-23']
  ])('reads %j', (line, kind, date) => {
    const article = parse(`Talks begin\n\n${line}\n\nTalks began.`)
    expect(article.dates).toMatchObject([{text: line, kind, date}])
  })

  it('does not take a sentence with a date for a date line', () => {
    const article = parse('Talks begin\n\nOn March 4, 2025 the talks began.\n\nMore followed.')
    expect(article.dates).toEqual([])
  })
})

describe('paragraphs', () => {
  it('joins hard-wrapped lines into one paragraph', () => {
    const input =
      'Bridge opens\n\nThe new bridge over the Sella river opened on Monday after\nthree years of work and two changes of contractor, the\ncouncil said.\nTraffic was light in the first hours.\n\nMore soon.'
    expect(texts(input)).toEqual([
      'The new bridge over the Sella river opened on Monday after\nthree years of work and two changes of contractor, the\ncouncil said.',
      'Traffic was light in the first hours.',
      'More soon.'
    ])
  })

  it('keeps one paragraph per line when the text has no blank lines', () => {
    const input = 'Bridge opens\nThe bridge opened on Monday after three years of work.\nTraffic was light.\n“It is a great day,” the mayor said.'
    expect(texts(input)).toEqual(['The bridge opened on Monday after three years of work.', 'Traffic was light.', '“It is a great day,” the mayor said.'])
  })

  it('keeps each item of an unpunctuated list apart', () => {
    const input = 'Budget at a glance\n\nThe budget:\n- More money for schools\n- Lower duty on fuel\n\nThat is all.'
    expect(texts(input)).toEqual(['The budget:', '- More money for schools', '- Lower duty on fuel', 'That is all.'])
  })
})

describe('boilerplate', () => {
  it('takes furniture at the start and the end, and ads anywhere', () => {
    const input = 'Share this article\nBridge opens\n\nThe bridge opened.\n\nAdvertisement\n\nTraffic was light.\n\nRead more\nClick here to subscribe\n© 2025 Coast Courier\nPhoto: Lena Marsh/Coast Courier'
    const article = parse(input)
    expect(article.headline?.text).toBe('Bridge opens')
    expect(texts(input)).toEqual(['The bridge opened.', 'Traffic was light.'])
    expect(article.boilerplate.map((block) => block.rule)).toEqual(['furniture', 'furniture', 'furniture', 'call-to-action', 'copyright', 'photo-credit'])
  })

  it('does not take prose that starts with a furniture word', () => {
    const input = 'Bridge opens\n\nTop officials said the bridge was safe.\n\nRelated costs rose.\n\nTop'
    expect(texts(input)).toEqual(['Top officials said the bridge was safe.', 'Related costs rose.'])
  })

  it('keeps a furniture word in the middle of the body', () => {
    expect(texts('Bridge opens\n\nThe bridge opened.\n\nComments\n\nTraffic was light.')).toContain('Comments')
  })
})

describe('layout limits found by the adapters', () => {
  it('takes the comma segment after the last "and" as the affiliation', () => {
    const article = parse('Bridge opens\n\nBy KESTREL VANCE and Dario Pell, Meridian Wire\n\nThe bridge opened.')
    expect(article.byline?.authors).toEqual(['Kestrel Vance', 'Dario Pell'])
    expect(article.byline?.affiliation).toBe('Meridian Wire')
  })

  it('keeps a name after a comma when no "and" came before', () => {
    expect(parse('Bridge opens\n\nBy Jane Doe, John Roe and Ann Lee\n\nThe bridge opened.').byline?.authors).toEqual(['Jane Doe', 'John Roe', 'Ann Lee'])
  })

  it('reads a labelled time as a date line, and finds the dateline after it', () => {
    const article = parse('Bridge opens\n\nUpdated 18:05 GMT\n\nDUNMORE — The bridge opened.')
    expect(article.dates).toMatchObject([{kind: 'updated', text: 'Updated 18:05 GMT'}])
    expect(article.dates[0]!.date).toBeUndefined()
    expect(article.dateline?.place).toBe('DUNMORE')
  })

  it('does not take a wrapped line that starts with "copyright" for furniture', () => {
    const input =
      'Bridge opens\n\nThe court ruled on Monday that the old ferry timetable was a matter of\ncopyright and could not be copied by the new operator without a licence.\n\nThe operator will appeal.\n\nMore soon.'
    expect(texts(input)[0]).toMatch(/\ncopyright and could not/)
  })

  it('joins a hand-wrapped two-line paragraph whose first line ends a sentence', () => {
    const input =
      'Bridge opens\n\nThe bridge over the Sella opened on Monday after three years of work.\nTraffic was light.\n\nThe operator will appeal.\n\nMore soon.'
    expect(texts(input)).toHaveLength(3)
    // Without blank lines between paragraphs the same two lines are two paragraphs.
    expect(texts('Bridge opens\nThe bridge over the Sella opened on Monday after three years of work.\nTraffic was light.')).toHaveLength(2)
  })
})

describe('sentences', () => {
  const sentences = (body: string) => parse('Vote count\n\n' + body).paragraphs[0]!.sentences.map((sentence) => sentence.text)

  it('does not end a sentence at "No." before a number', () => {
    expect(sentences('Ines Varga, the No. 2 Liberal in the assembly, spoke first. Vol. 3 of the minutes followed.')).toEqual([
      'Ines Varga, the No. 2 Liberal in the assembly, spoke first.',
      'Vol. 3 of the minutes followed.'
    ])
  })

  it('still ends one at "No." before a word', () => {
    expect(sentences('The answer was No. Two members left the hall.')).toEqual(['The answer was No.', 'Two members left the hall.'])
  })

  it('ends one at a short number and its period before a capitalised word ("£29. More …")', () => {
    expect(sentences('Fares ranged up to £29. More than 900 tickets were sold.')).toEqual(['Fares ranged up to £29.', 'More than 900 tickets were sold.'])
  })

  it('keeps a short number and its period before a lowercase word or a number in its sentence', () => {
    expect(sentences('The vote was 3. 4 members were away, and 29. was the count.')).toEqual(['The vote was 3. 4 members were away, and 29. was the count.'])
  })
})
