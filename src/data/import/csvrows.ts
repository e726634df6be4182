/**
 * CSV text to records of fields, as RFC 4180 writes them. citeline reads
 * one kind of delimited text and needs only the rows: d3-dsv, which it
 * used before, weighed 0.4 KiB of the script tag's gzip for that, and
 * carried its object-row parser's `new Function`, which strict-CSP audits
 * flag even when it is never called.
 */

const QUOTE = 34, COMMA = 44, LF = 10, CR = 13;

/**
 * Splits CSV text into records: fields are separated by commas, records by
 * `\n`, `\r\n` or `\r`. A field that opens with a double quote runs to the
 * next quote that is not doubled, and `""` inside it is one quote, so it
 * may hold commas and line breaks. A final line break ends the last record
 * rather than starting an empty one; a blank line is a record of one empty
 * field. Well-formed files read as d3-dsv's `csvParseRows` reads them; of
 * malformed ones, text after a closing quote is kept as spreadsheets keep
 * it (`"a"b` reads `ab`).
 *
 * A quote that is never closed would swallow every later row into one
 * cell. Spreadsheet apps read on instead, and so does this: the quote is
 * taken as a plain character, its line is read as unquoted cells, and the
 * rows after it are read as usual. `onUnclosedQuote` hears the record and
 * field where that quote opened, so the importer can say so.
 *
 * @example
 * ```ts
 * csvRows('title,quote\nTalks,"He said ""no"", twice"\n');
 * // [["title", "quote"], ["Talks", 'He said "no", twice']]
 * csvRows('a,"b\nc,d', (record, field) => console.log(record, field));
 * // logs 0 1; returns [["a", '"b'], ["c", "d"]]
 * ```
 */
export function csvRows(text: string, onUnclosedQuote?: (record: number, field: number) => void): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  while (n) {
    let field = "";
    const start = i;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: whole runs up to each quote, so long cells cost few slices.
      let closed = true;
      for (let from = i + 1; ; from = i + 1) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          closed = false;
          break;
        }
        field += text.slice(from, q);
        i = q + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        field += '"';
      }
      // A cell that ran over line breaks to a "closing" quote with text after it
      // most likely paired with the next cell's opening quote: it is unclosed too.
      const next = text.charCodeAt(i);
      if (closed && i < n && next !== COMMA && next !== LF && next !== CR && /[\n\r]/.test(field)) closed = false;
      if (!closed) {
        // Read the cell again from its quote, as unquoted text.
        onUnclosedQuote?.(rows.length, row.length);
        field = "";
        i = start;
      }
    }
    let end = i;
    for (let c = text.charCodeAt(end); end < n && c !== COMMA && c !== LF && c !== CR; c = text.charCodeAt(++end));
    row.push(field + text.slice(i, end));
    const c = text.charCodeAt(end);
    i = end + 1;
    if (c === COMMA) continue;
    if (c === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}
