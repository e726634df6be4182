// citeline/draft: from running text to a draft timeline. Rules and small
// vocabularies, no model to download; no DOM, so it runs in browsers,
// workers and Node. Kept out of the script-tag bundle.
export { findDates, type DateMention, type DatePointMention, type DurationMention, type SetMention } from "./dates.js";
export type { ReferenceMention, FindDatesOptions, DateAnchor, MentionSpan, ReferenceValue } from "./dates.js";
export { findQuotes, type Quote, type QuotePart } from "./quotes.js";
export { draft, type Article, type DraftOptions, type DraftResult } from "./draft.js";
export { articleFromHtml, type HtmlArticle } from "./html.js";
