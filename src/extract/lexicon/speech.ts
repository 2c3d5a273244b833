/** Word tables for finding speech: speech verbs, attribution words and quotation-mark pairs. */

/** Past and present forms of verbs that report speech or writing ("said", "warns", "underscored"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'noted', 'notes', 'stressed',
  'stresses', 'underscored', 'underscores', 'underlined', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
  'reported', 'reports', 'stated', 'states', 'announced', 'announces', 'confirmed', 'confirms', 'reiterated',
  'reiterates', 'argued', 'argues', 'explained', 'explains', 'insisted', 'insists', 'claimed', 'claims',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'suggested', 'suggests',
  'estimated', 'estimates', 'indicated', 'indicate', 'indicates', 'highlighted', 'highlights', 'recalled',
  'recalls', 'urged', 'urges', 'called', 'calls', 'asked', 'asks', 'replied', 'replies', 'responded',
  'responds', 'wrote', 'writes', 'declared', 'declares', 'predicted', 'predicts', 'believes', 'believed',
  'thinks', 'agreed', 'agrees', 'accused', 'accuses', 'alleged', 'alleges', 'denied', 'denies', 'rejected',
  'rejects', 'described', 'describes', 'observed', 'observes', 'cautioned', 'cautions', 'pointed', 'points',
  'commented', 'comments', 'remarked', 'continued', 'concluded', 'concludes', 'affirmed', 'affirms', 'welcomed',
  'welcomes', 'condemned', 'condemns', 'cheered', 'praised', 'praises', 'criticised', 'criticized', 'announced',
  'show', 'shows', 'showed', 'found', 'finds', 'revealed', 'reveals', 'projected', 'projects', 'forecast',
  'maintained', 'maintains', 'pledged', 'pledges', 'vowed', 'vows', 'promised', 'promises', 'demanded',
  'demands', 'informed', 'briefed', 'testified', 'tweeted', 'posted', 'quoted', 'saying', 'adding', 'noting',
  'warning', 'stressing', 'arguing', 'urging', 'calling', 'insisting', 'explaining', 'telling', 'claiming',
  'recalling', 'highlighting', 'underscoring', 'emphasising', 'emphasizing', 'reiterating', 'describing',
  'asserted', 'asserts', 'signalled', 'signaled', 'hinted', 'conceded', 'complained', 'complains', 'lamented',
  'appealed', 'implored', 'stressed', 'expressed', 'expresses', 'admits', 'agreed', 'mentioned', 'ruled',
])

/** Speech verbs whose object is the reported content itself, not a clause ("called for X", "urged X to …"). */
export const DIRECTIVE_VERBS = new Set(['urged', 'urges', 'urging', 'called', 'calls', 'calling', 'asked', 'asks', 'implored', 'appealed'])

/** Participles that open a second piece of reported speech after a comma (", saying …", ", urging …"). */
export const SPEECH_PARTICIPLES = new Set([
  'saying', 'adding', 'noting', 'warning', 'stressing', 'arguing', 'urging', 'calling', 'insisting',
  'explaining', 'claiming', 'recalling', 'highlighting', 'underscoring', 'emphasising', 'emphasizing',
  'reiterating', 'telling',
])

/** Verbs that only report speech when followed by a clause, never as plain actions ("told reporters that"). */
export const SAY_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds'])

/** Phrases before a quoted span that make it a title or a label, not speech. */
export const TITLE_CUES = /(?:\b(?:titled|entitled|called|named|dubbed|known as|so-called|so called|headlined|slogan|hashtag|term|word|phrase|label|motto|or)\s*|\bthe\s+so-called\s*)$/i

/** Nouns that introduce reported content as a source, for "according to figures from X". */
export const SOURCE_NOUNS = new Set(['figures', 'data', 'estimates', 'statistics', 'report', 'reports', 'sources', 'statement', 'analysis', 'calculations', 'survey', 'census', 'findings', 'information', 'numbers'])

/** Quotation marks: openers mapped to the closers that may end them. Straight marks open and close themselves. */
export const DOUBLE_OPEN = new Set(['“', '"', '«', '„'])
export const DOUBLE_CLOSE = new Set(['”', '"', '»', '“'])
export const SINGLE_OPEN = new Set(['‘', "'", '‹', '‚'])
export const SINGLE_CLOSE = new Set(['’', "'", '›'])
