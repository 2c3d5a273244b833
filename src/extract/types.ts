/** The facts that extraction produces: plain data, every offset into the cleaned article body. */

/** A half-open character range [start, end) into an article body. */
export interface Span {
  start: number
  end: number
}

/** One article cut out of an input file, with its metadata and cleaned body text. */
export interface ArticleDraft {
  /** Position of the article in its file, from 0. */
  index: number
  title: string | null
  /** Author or organisation after "By", without the "By". */
  byline: string | null
  /** Place in the dateline, e.g. "UNITED NATIONS". */
  dateline: string | null
  /** Publication date as YYYY-MM-DD when the text states it. */
  publishedAt: string | null
  /** News agency named in the dateline or slug line, e.g. "IPS", "AFP". */
  agency: string | null
  /** The cleaned article text; every fact offset points into it. */
  body: string
  /** Where the article was published, when the input says (JSON, HTML metadata). */
  url?: string | null
}

export type EntityType = 'person' | 'organisation'

/** Reference from a quote or claim to an entity of the same article, by its key. */
export interface EntityRef {
  type: EntityType
  /** Slug of the entity (PersonFact.key / OrganisationFact.key). */
  key: string
  /** Canonical name, for display and debugging. */
  name: string
}

export interface PersonFact {
  /** Readable slug of the canonical name: "matthias-schmale". */
  key: string
  /** Canonical name: the fullest form used in the article, without titles. */
  name: string
  /** Every other form used in the article ("Schmale", "President Volodymyr Zelensky"). */
  aliases: string[]
  /** Roles from titles and appositions ("President", "head of HRMMU"). */
  roles: string[]
  /** Keys of organisations the person is affiliated with in this article. */
  organisationKeys: string[]
  /** Every mention of the person in the body. */
  mentions: Span[]
}

export interface OrganisationFact {
  /** Readable slug: the acronym when there is one ("ohchr"), else the name ("global-center-for-the-responsibility-to-protect"). */
  key: string
  /** Canonical name: the full name when known, else the acronym. */
  name: string
  acronym: string | null
  aliases: string[]
  mentions: Span[]
}

export type QuoteKind = 'direct' | 'interview' | 'indirect'

export interface QuoteFact {
  /** Words of the quote without the quotation marks (for indirect: the reported content). */
  text: string
  kind: QuoteKind
  speaker: EntityRef | null
  /** body.slice(start, end) === text */
  start: number
  end: number
}

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'almost' | 'up_to' | 'range'

export type ClaimCategory =
  | 'killed'
  | 'injured'
  | 'detained'
  | 'displaced'
  | 'in_need'
  | 'attacks'
  | 'money'
  | 'percent'
  | 'duration'
  | 'other'

export interface ClaimFact {
  /** The number as written: "3.7 million", "USD $2.3 billion", "31 per cent". */
  text: string
  value: number
  /** Upper bound of a range, else null. */
  valueMax: number | null
  /** null for plain counts; "percent", "USD", "EUR", "GBP", "years", "km", … */
  unit: string | null
  qualifier: Qualifier
  /** What is counted: a short noun phrase from the sentence. */
  subject: string
  category: ClaimCategory
  source: EntityRef | null
  /** The whole sentence containing the number, verbatim from the body. */
  sentence: string
  /** body.slice(start, end) === text */
  start: number
  end: number
}

export interface Entities {
  people: PersonFact[]
  organisations: OrganisationFact[]
}

export interface ArticleFacts extends Entities {
  article: ArticleDraft
  quotes: QuoteFact[]
  claims: ClaimFact[]
  /** Set while the claims are still to find (ExtractOptions.deferClaims): the sentences findClaims reads. */
  pendingClaims?: { sentences: Span[] }
}
