/**
 * Common first names that are given to one sex far more than the other,
 * so that "he" skips "Hillary Clinton" and "she" skips "Donald Trump" when
 * no title or pronoun has told the gender yet. Names often given to both
 * (Jordan, Taylor, Alex, Chris, Kim, Robin, Jean, Andrea, Dana, Kelly) are
 * left out on purpose: a name not listed tells nothing.
 */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'abigail ada adriana agnes aisha alexandra alice alicia alison amanda amelia amy ana angela angelina anita ann anna annie ' +
    'anne antonia ashley barbara beatrice betty beverly brenda bridget carla carly carmen carol caroline catherine cecilia ' +
    'charlotte chelsea cheryl christina christine claire clara claudia cynthia daisy deborah debbie denise diana diane donna ' +
    'doris dorothy eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona florence ' +
    'frances gabriela gloria grace hannah harriet heather heidi helen hillary ines ingrid irene isabel isabella jacqueline ' +
    'jane janet janice jennifer jenny jessica jill joan joanna joanne josephine joyce judith judy julia julie karen katherine ' +
    'kathleen kathryn kathy katie kate laura lauren linda lisa lucy lydia madeleine maggie margaret maria marie marilyn ' +
    'marina martha mary megan melania melanie melissa michelle mildred miriam molly monica nancy natalie nicole nikki nina ' +
    'nora olga olivia pamela patricia paula pauline penelope rachel rebecca rita rosa rose ruth sally samantha sandra sara ' +
    'sarah sharon sheila shirley sofia sophia sophie stephanie susan suzanne sylvia teresa theresa tina valerie vanessa ' +
    'victoria virginia wendy yvonne zoe'
  ).split(' ')
)

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'aaron adam adrian ahmed alan albert alexander alfred ali andrew anthony antonio arnold arthur barack ben benjamin ' +
    'bernard bernie bill billy bob bobby brad bradley brandon brian bruce bruno carl carlos charles charlie christopher ' +
    'colin craig daniel darren david dennis diego dmitry donald douglas duncan dylan edward eric ernest eugene frank ' +
    'franklin fred frederick gary george gerald gordon graham greg gregory harold harry henry howard hugh ian isaac ' +
    'ivan jack jacob james jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jonathan jose joseph josh ' +
    'joshua juan justin karl keith ken kenneth kevin larry lawrence leonard louis luis marco marcus mark martin ' +
    'matthew michael miguel mike mitch mitt mohammed muhammad nathan neil nicholas nigel oliver omar oscar patrick paul ' +
    'pedro peter philip phillip ralph randy raymond reince richard rick robert roger ronald roy russell ryan samuel scott ' +
    'sean sergei sergey seth simon stanley stephen steve steven stuart ted terrence thomas tim timothy todd tom tony victor ' +
    'vincent vladimir walter warren wayne william willie yuri'
  ).split(' ')
)

/** The sex a first name suggests, or `undefined` when it is not listed. */
export function genderOfFirstName(name: string): 'male' | 'female' | undefined {
  const first = name.split(/\s+/)[0]!.toLowerCase()
  if (FEMALE_FIRST_NAMES.has(first)) return 'female'
  if (MALE_FIRST_NAMES.has(first)) return 'male'
  return undefined
}

/** First names given to both sexes (so listed in neither set above): they tell no gender, but they do tell a person. */
export const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set(
  'jordan taylor alex chris kim robin jean andrea dana kelly sam pat jamie morgan casey leslie lee ashley jesse terry tracy sandy'.split(' ')
)

/** Whether `word` is a first name this file knows, of either sex or of both: "Ada", "Ivo", "Kim". */
export function isKnownFirstName(word: string): boolean {
  const lower = word.toLowerCase()
  return FEMALE_FIRST_NAMES.has(lower) || MALE_FIRST_NAMES.has(lower) || UNISEX_FIRST_NAMES.has(lower)
}
