/**
 * Country names, to tell "both countries" (members are countries) from
 * "the two ministers" (members are people) when looking back for the
 * pair a plural mention refers to. Common English short forms only.
 */
export const COUNTRIES: ReadonlySet<string> = new Set(
  (
    'Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus ' +
    'Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia Cameroon Canada Chile China Colombia Congo Croatia ' +
    'Cuba Cyprus Czechia Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Finland France Georgia Germany Ghana ' +
    'Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan ' +
    'Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova ' +
    'Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan ' +
    'Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia ' +
    'Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand ' +
    'Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe America'
  )
    .split(' ')
    .concat(['United States', 'United Kingdom', 'North Korea', 'South Korea', 'Saudi Arabia', 'South Africa', 'New Zealand', 'the United States', 'the US', 'the U.S.', 'US', 'U.S.', 'UK', 'the UK', 'European Union', 'the European Union', 'EU'])
)

/**
 * US states, written out and as the AP abbreviates them ("Mo.", "N.C.",
 * "Calif."): a place in "Paul Okafor, a driver from Ava, Mo., said" is no
 * speaker, and a run of capitals that is a state is no person a pronoun
 * refers to ("Vermont").
 */
export const US_STATES: ReadonlySet<string> = new Set(
  (
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois ' +
    'Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri ' +
    'Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington ' +
    'Wisconsin Wyoming Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. ' +
    'Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. ' +
    'Wash. Wis. W.Va. Wyo. D.C.'
  )
    .split(' ')
    .concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia'])
)
