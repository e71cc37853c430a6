/**
 * Words that hold a review for a moderator. Deliberately short and limited to unambiguous abuse: mild words
 * ("crap", "damn", "hell") appear in honest reviews and would only lengthen the queue. Matching is per whole
 * word (so "class" or "Scunthorpe" never match), case-insensitive, with a trailing "s"/"es" allowed.
 */
export const PROFANE_WORDS: ReadonlySet<string> = new Set([
  'asshole',
  'bastard',
  'bitch',
  'bullshit',
  'cunt',
  'dickhead',
  'douchebag',
  'fuck',
  'fucked',
  'fucker',
  'fucking',
  'motherfucker',
  'prick',
  'shit',
  'shitty',
  'slut',
  'twat',
  'wanker',
  'whore',
]);
