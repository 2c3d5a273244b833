/** Shared shapes of the input formats: one parsed record per article, with the metadata its source states. */
import type { ArticleDraft } from '../extract/types.js'

/** Metadata the input states outright (JSON fields, page metadata); it wins over what the text parser guesses. */
export type KnownMetadata = Partial<Pick<ArticleDraft, 'title' | 'byline' | 'publishedAt' | 'url'>>

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl'

/** One unit of input text with what is known about it. */
export interface InputRecord {
  /** Plain text handed to the text extraction. */
  text: string
  known: KnownMetadata
  /** Where the record sits in its file, for error messages: "line 17", "record 3", "page". */
  label: string
  /**
   * A record known to hold exactly one article (a JSON record, an HTML page): if the text parser cuts
   * it in several, the pieces are joined again. Plain text files may hold many articles.
   */
  single: boolean
}

/** A file whose content does not parse as its format; the message names the record at fault. */
export class InputFormatError extends Error {}
