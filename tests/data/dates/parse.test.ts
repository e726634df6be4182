import { describe, expect, it } from "vitest";
import { analyzeDate, parseDate } from "../../../src/data/dates/index.js";

const ref = "2025-12-03"; // a Wednesday
const iso = (text: string, reference: string = ref, context?: string) =>
  parseDate(text, context === undefined ? { reference } : { reference, context })?.iso ?? null;

describe("precision comes from what the text says", () => {
  it.each([
    ["Dec 2", "2025-12-02", "day"],
    ["December 2025", "2025-12", "month"],
    ["2025-12", "2025-12", "month"],
    ["2025", "2025", "year"],
    ["last week", "2025-W48", "week"],
    ["this year", "2025", "year"],
    ["Q3 2025", "2025-Q3", "quarter"],
    ["the third quarter", "2025-Q3", "quarter"],
    ["third-quarter", "2025-Q3", "quarter"],
    ["last summer", "2024-SU", "season"],
    ["the 1990s", "199", "decade"],
    ["the '80s", "198", "decade"],
    ["the 20th century", "19", "century"],
    ["yesterday", "2025-12-02", "day"],
    ["two weeks ago", "2025-W47", "week"],
    ["a year earlier", "2024", "year"],
    ["last month", "2025-11", "month"],
    ["nineteen ninety-six", "1996", "year"],
    ["44 BC", "-0043", "year"],
  ])("%s → %s (%s)", (text, expected, precision) => {
    const when = parseDate(text, { reference: ref });
    expect(when?.iso).toBe(expected);
    expect(when?.precision).toBe(precision);
    expect(when?.text).toBe(text);
  });

  it("has no implied noon: a day is the whole day", () => {
    const when = parseDate("Dec 2", { reference: ref });
    expect(when?.latest).toBe(Date.UTC(2025, 11, 3));
    expect(when?.earliest).toBe(Date.UTC(2025, 11, 2));
  });

  it("keeps part of day and qualifiers", () => {
    expect(parseDate("Tuesday evening", { reference: ref })).toMatchObject({ iso: "2025-12-02", precision: "day", partOfDay: "evening" });
    expect(parseDate("last night", { reference: ref })).toMatchObject({ iso: "2025-12-02", partOfDay: "night" });
    expect(parseDate("the late 1970s", { reference: ref })).toMatchObject({ iso: "197", qualifier: "late" });
    expect(parseDate("early 2025", { reference: ref })).toMatchObject({ iso: "2025", precision: "year", qualifier: "early" });
    expect(parseDate("mid-1990s", { reference: ref })).toMatchObject({ iso: "199", qualifier: "mid" });
    expect(parseDate("around Nov. 9", { reference: ref })).toMatchObject({ iso: "2025-11-09", qualifier: "about" });
  });

  it("reads an ISO date after a hedge, in its own case, and keeps the hedge's qualifier", () => {
    expect(parseDate("before 2025-11-05", { reference: ref })).toMatchObject({ iso: "2025-11-05", precision: "day", qualifier: "before", text: "before 2025-11-05" });
    expect(parseDate("After  2025-12-02T10:00+03:00", { reference: ref })).toMatchObject({ iso: "2025-12-02T10:00+03:00", precision: "minute", qualifier: "after" });
    expect(parseDate("around 2025-12", { reference: ref })).toMatchObject({ iso: "2025-12", precision: "month", qualifier: "about" });
    expect(parseDate("pre-2025-11", { reference: ref })).toMatchObject({ iso: "2025-11", qualifier: "before" });
    // A hedge that carries no qualifier leaves none.
    expect(parseDate("on 2025-11-05", { reference: ref })).toMatchObject({ iso: "2025-11-05" });
    expect(parseDate("on 2025-11-05", { reference: ref })?.qualifier).toBeUndefined();
    // Still ISO or nothing after the hedge: no month 13, no stray letters.
    expect(parseDate("before 2025-13-05", { reference: ref })).toBeNull();
    expect(parseDate("before x2025-11-05", { reference: ref })).toBeNull();
  });
});

describe("past bias and its flip by tense", () => {
  it("reads a yearless date as the nearest occurrence, favouring the past", () => {
    expect(iso("Oct. 23", "2025-05-06")).toBe("2024-10-23");
    expect(iso("Jan. 2", "2025-11-02")).toBe("2026-01-02");
    expect(iso("Oct. 23", "2025-05-06", "The court will rule on Oct. 23.")).toBe("2025-10-23");
  });
  it("reads a bare weekday as the most recent one, or the next one in a future sentence", () => {
    expect(iso("Friday")).toBe("2025-11-28");
    expect(iso("Friday", ref, "Talks will resume Friday in Geneva.")).toBe("2025-12-05");
    // An infinitive after the date is purpose, not future: "fell on Friday to close at".
    expect(iso("Friday", ref, "Shares fell 50 cents on Friday to close at $20.")).toBe("2025-11-28");
    expect(iso("last Friday")).toBe("2025-11-28");
    expect(iso("next Friday")).toBe("2025-12-05");
  });
  it("reads a bare weekday equal to the reference's as the reference day in past tense", () => {
    expect(iso("Wednesday")).toBe("2025-12-03");
  });
  it("reads a bare same weekday in a future sentence as the day itself (news names the day it is published)", () => {
    const a = analyzeDate("Wednesday", { reference: ref, context: "They will meet Wednesday." });
    expect(a.when?.iso).toBe("2025-12-03");
    expect(a.problems).toEqual([]);
    // Any other weekday still goes forward under the future marker.
    expect(iso("Sunday", ref, "The new mayor will be elected on Sunday.")).toBe("2025-12-07");
  });
  it("lets the tense marker nearest the expression decide", () => {
    // The reporting verb dates the telling, whatever the reported clause says.
    expect(iso("Monday", ref, "Officials said Monday they will appeal the ruling.")).toBe("2025-12-01");
    expect(analyzeDate("Wednesday", { reference: ref, context: "The mayor said Wednesday she will run again." }).when?.iso).toBe("2025-12-03");
    // Inside a quotation the attribution outside it says nothing about the tense.
    expect(iso("9 a.m. Friday", ref, "\u201cThe envoy will land at 9 a.m. Friday,\u201d the ministry said.")).toBe("2025-12-05T09");
    expect(iso("Saturday", ref, "Protesters were planning a march on Saturday near the port.")).toBe("2025-12-06");
    // "United" is a name, not a past verb; "would" reports a future.
    expect(iso("Thursday", ref, "The ministry said the delegation would fly to the United States Thursday.")).toBe("2025-12-04");
  });
  it("reads a yearless date right after a past verb as the latest one not after the reference", () => {
    // Without the verb the bias picks the coming January; "fell on" rules it out.
    expect(iso("Jan. 10", "2025-11-20")).toBe("2026-01-10");
    expect(iso("Jan. 10", "2025-11-20", "Exports fell on Jan. 10, the ministry said.")).toBe("2025-01-10");
    // A passive infinitive before the date schedules it: future.
    expect(iso("Dec. 15", "2025-10-31", "They expect the sale to be completed by Dec. 15.")).toBe("2025-12-15");
    expect(iso("Dec. 15", "2025-10-31", "The sale closed Dec. 15 after a long review.")).toBe("2024-12-15");
  });
  it("lets a past verb further back govern the date, unless it reports, is a passive participle, or a present comes between", () => {
    expect(iso("December", "2025-10-27", "The operator changed from a fiscal year to a calendar year in December.")).toBe("2024-12");
    // "Said" dates the saying; a participle after "must be" is no past; an infinitive or a present verb takes the date.
    expect(iso("December", "2025-10-27", "Officials said last year that the plant closes in December.")).toBe("2025-12");
    expect(iso("Jan. 14", "2025-01-06", "The boy must be returned to his father by Jan. 14.")).toBe("2025-01-14");
    expect(iso("March", "2025-02-10", "The alliance decided to admit the three countries in March.")).toBe("2025-03");
    expect(iso("December", "2025-10-27", "Officials who met last week say the vote is in December.")).toBe("2025-12");
    // A participle after "is" or "be" is passive, not past: the hearing is ahead.
    expect(iso("May", "2025-03-29", "He may stay if his relatives win when the case is heard in May.")).toBe("2025-05");
  });
  it("reads by <date> as a deadline ahead and since <date> as a start behind", () => {
    // A past perfect in a relative clause further back says nothing of the deadline.
    expect(iso("February", "2025-10-30", "The sale, which had been expected, is part of a plan to repay the loan by February.")).toBe("2026-02");
    expect(iso("February", "2025-10-30", "The bank must repay the loan by February.")).toBe("2026-02");
    expect(iso("February", "2025-10-30", "Only 12 of the 40 members had filed reports by February.")).toBe("2025-02");
    expect(iso("March", "2025-08-13", "The ship has been at sea since March and was due home soon.")).toBe("2025-03");
    expect(iso("9 a.m. Friday", ref, "The court has given the parties until 9 a.m. Friday to answer.")).toBe("2025-12-05T09");
    expect(iso("Friday", ref, "The border stayed closed until Friday, officials said.")).toBe("2025-11-28");
  });
  it("reads a scheduling verb in the present right before the date as future", () => {
    expect(iso("Monday", ref, "The two leaders meet separately Monday with the envoy.")).toBe("2025-12-08");
    expect(iso("9 a.m.", ref, "Polls open at 9 a.m. Saturday.")).toBe("2025-12-06T09");
    // "will be held" is one future marker: its irregular participle is no past verb.
    expect(iso("Tuesday", ref, "The meeting will be held Tuesday in Geneva.")).toBe("2025-12-09");
    // An infinitive is no present tense: "gathered to vote Friday" happened.
    expect(iso("Friday", ref, "Members gathered to vote Friday on the motion.")).toBe("2025-11-28");
  });
  it("finds the verb after a long subject, and reads planned as future only in planned to/for", () => {
    // A date opening the sentence: its verb comes after the subject.
    expect(iso("Tuesday", ref, "On Tuesday, the national association of independent grocery wholesalers plans to publish its list.")).toBe("2025-12-09");
    // "Planned to/for" schedules; "planned" alone does not.
    expect(iso("Friday", ref, "The rally, planned for Friday, still needs a permit.")).toBe("2025-12-05");
    expect(iso("Saturday", ref, "The convoy left as previously planned Saturday.")).toBe("2025-11-29");
  });
  it("reads a date in the possessive as an event already reported, whatever the verb", () => {
    expect(iso("Monday", ref, "Lawyers will appeal Monday's ruling.")).toBe("2025-12-01");
    expect(iso("Monday's", ref, "Lawyers will appeal Monday's ruling.")).toBe("2025-12-01");
    expect(iso("Monday", ref, "Lawyers will appeal Monday.")).toBe("2025-12-08");
  });
  it("finds the expression in its context as written before trying other cases", () => {
    // The verb "may" comes first; the month's own clause has no future marker.
    expect(iso("May", ref, "Critics will say the plan may fail. Sales fell in May.")).toBe("2025-05");
  });
  it("reads past perfect as past even around a scheduling word", () => {
    expect(iso("Friday", ref, "The offer had been due to expire Friday before it was extended.")).toBe("2025-11-28");
  });
  it("resolves last/next months and seasons", () => {
    expect(iso("last June")).toBe("2025-06");
    expect(iso("next June")).toBe("2026-06");
    expect(iso("December", "2025-03-04")).toBe("2024-12");
    // A future marker outweighs the past lean, except for a month just over.
    expect(iso("December", "2025-03-04", "The probe will be launched on a rocket in December.")).toBe("2025-12");
    expect(iso("February", "2025-03-04", "The agency will publish the trade figures for February next week.")).toBe("2025-02");
    expect(iso("this summer", "2025-03-01")).toBe("2025-SU");
  });
});

describe("weekday with an explicit date", () => {
  it("trusts the date and accepts a matching weekday", () => {
    const a = analyzeDate("Tuesday (Dec 2)", { reference: ref });
    expect(a.when?.iso).toBe("2025-12-02");
    expect(a.problems).toEqual([]);
    expect(analyzeDate("Monday, Dec. 1", { reference: ref }).problems).toEqual([]);
  });
  it("reports a mismatch but keeps the date", () => {
    const a = analyzeDate("Monday (Dec 2)", { reference: ref });
    expect(a.when?.iso).toBe("2025-12-02");
    expect(a.problems[0]?.code).toBe("weekday-mismatch");
  });
});

describe("ambiguity is reported, not guessed", () => {
  it("for a span reference that admits two answers", () => {
    const a = analyzeDate("yesterday", { reference: "2025-12-02/2025-12-03" });
    expect(a.when).toBeNull();
    expect(a.problems[0]?.candidates?.map((c) => c.iso)).toEqual(["2025-12-01", "2025-12-02"]);
    expect(parseDate("Dec 2", { reference: "2025-12-02/2025-12-03" })?.iso).toBe("2025-12-02");
  });
  it("for numeric dates valid in both orders", () => {
    const a = analyzeDate("02/12/2025", { reference: ref });
    expect(a.when).toBeNull();
    expect(a.problems[0]?.candidates?.map((c) => c.iso)).toEqual(["2025-02-12", "2025-12-02"]);
    expect(parseDate("12/25/2025")?.iso).toBe("2025-12-25");
    expect(parseDate("25/12/2025")?.iso).toBe("2025-12-25");
  });
});

describe("durations and frequencies are not dates", () => {
  it.each(["five-hour meeting", "for five hours", "five years", "two weeks", "the past two years"])("%s is a duration", (text) => {
    expect(analyzeDate(text, { reference: ref })).toEqual({ when: null, problems: [], kind: "duration" });
  });
  it.each(["every week", "weekly", "each year"])("%s is a set", (text) => {
    expect(analyzeDate(text, { reference: ref })).toEqual({ when: null, problems: [], kind: "set" });
  });
  it("returns null for non-dates", () => {
    for (const t of ["banana", "", "   ", "the talks", "may"]) expect(parseDate(t, { reference: ref })).toBeNull();
  });
});

describe("quarters in earnings news", () => {
  it("reads the latest quarter as the one just closed and a year ago in that context as a quarter", () => {
    expect(iso("the latest quarter", "1999-11-02")).toBe("1999-Q3");
    expect(iso("a year ago", "1999-11-02", "net income rose to $5 million, or 20 cents a share, from $4 million a year ago")).toBe("1998-Q3");
    expect(iso("a year ago", "1999-11-02", "The bridge opened a year ago.")).toBe("1998");
    // A clause comparing nine months compares years.
    expect(iso("a year earlier", "1999-11-02", "Profit for the first nine months was $9 million, up from $7 million a year earlier.")).toBe("1998");
  });
});

describe("weekends", () => {
  it("reads the weekend as the latest one, the coming one in a future clause, by the ISO week of its Saturday", () => {
    // On a Monday the weekend just past lies in the previous ISO week.
    expect(iso("over the weekend", "2025-12-01")).toBe("2025-W48");
    expect(iso("this weekend", ref, "Protesters will march this weekend.")).toBe("2025-W49");
    expect(iso("the weekend", "2025-12-06")).toBe("2025-W49");
    expect(iso("last weekend", "2025-12-06")).toBe("2025-W48");
    expect(iso("next weekend", ref)).toBe("2025-W49");
    expect(iso("this past weekend", "2025-12-01")).toBe("2025-W48");
    expect(iso("this past weekend", "2025-12-06")).toBe("2025-W48");
    expect(iso("this coming weekend", "2025-12-01")).toBe("2025-W49");
  });
});

describe("seasons and holidays", () => {
  it("reads last <season> as that season of the previous year and this past <season> as the latest ended one", () => {
    expect(iso("last fall", "1999-02-06")).toBe("1998-FA");
    expect(iso("last spring", "1999-10-26")).toBe("1998-SP");
    expect(iso("this past spring", "1999-10-26")).toBe("1999-SP");
  });
  it("computes rule-based holidays with the past bias", () => {
    expect(iso("Thanksgiving Day", "2026-01-07")).toBe("2025-11-27");
    expect(iso("Election Day", "2024-10-20", "Voters will go to the polls on Election Day.")).toBe("2024-11-05");
    expect(iso("Christmas", "2025-12-03")).toBe("2024-12-25");
    // Easter moves: computed, with the same past bias; its week has begun once its Monday has.
    expect(iso("Easter", "2025-12-03")).toBe("2025-04-20");
    expect(iso("Easter Sunday", "2024-03-01")).toBe("2023-04-09");
    expect(iso("next Easter", "2025-12-03")).toBe("2026-04-05");
    expect(iso("Easter week", "2025-04-13")).toBe("2024-W13");
    expect(iso("Easter week", "2025-04-14")).toBe("2025-W16");
  });
  it("reads the year-ago quarter, the <year> quarter and the latest fiscal year of an earnings report", () => {
    expect(iso("the year-ago third quarter", "1999-11-02")).toBe("1998-Q3");
    expect(iso("the year-earlier second quarter", "1999-08-02")).toBe("1998-Q2");
    // The reported quarter (the last closed one) of the year named.
    expect(iso("the 1998 quarter", "1999-11-02")).toBe("1998-Q3");
    expect(iso("the latest fiscal year", "1999-11-02")).toBe("1998");
  });
  it("reads ordinal quarters with a year, not as a count of seconds", () => {
    expect(analyzeDate("the 1998 second quarter", { reference: ref }).when?.iso).toBe("1998-Q2");
  });
});

describe("anaphora read against the last date the context mentions", () => {
  it("reads that/the following/the previous <unit> against the mention", () => {
    expect(iso("that year", ref, "The mill closed in 1987, and exports fell that year.")).toBe("1987");
    expect(iso("the following year", ref, "She joined the ministry on March 3, 2004, and the following year she became its head.")).toBe("2005");
    expect(iso("later that year", ref, "He fled in June 2001 and returned later that year.")).toBe("2001");
    expect(iso("the previous month", ref, "The plant reopened in August 2019 after a fire the previous month.")).toBe("2019-07");
    // "The <unit> before/after" is "the previous/following <unit>".
    expect(iso("the year before", ref, "The mill closed in 1987; the year before it had lost money.")).toBe("1986");
    expect(iso("the day before", ref, "Shares fell on Oct. 3. The day before, traders had sold.")).toBe("2025-10-02");
    expect(iso("the week after", ref, "Voting ended on Nov. 4, and the week after the count began.")).toBe("2025-W46");
  });
  it("reads then as the mention itself, with the mention's own tense", () => {
    expect(iso("then", ref, "The offer runs until Jan. 15. Until then, shares trade freely.")).toBe("2026-01-15");
    expect(iso("then", ref, "Talks stalled on Jan. 15. Since then, nothing moved.")).toBe("2025-01-15");
  });
  it("reads the day only in apposition to a date", () => {
    expect(iso("the day", ref, "Prices have fallen since Nov. 20, the day before the vote.")).toBe("2025-11-20");
    expect(iso("the day", ref, "He arrived later in the day.")).toBe("2025-12-03");
  });
  it("puts a bare part of day on the day mentioned before it", () => {
    expect(parseDate("the morning", { reference: ref, context: "Markets slumped Monday. Traders sold heavily in the morning." })).toMatchObject({ iso: "2025-12-01", partOfDay: "morning" });
    // "That night", "the next morning" are parts of the day mentioned, or of the day after it.
    expect(parseDate("that night", { reference: ref, context: "The storm hit on Oct. 3, and that night the river rose." })).toMatchObject({ iso: "2025-10-03", partOfDay: "night" });
    expect(parseDate("the next morning", { reference: ref, context: "The vote was held Monday. The next morning, the count began." })).toMatchObject({ iso: "2025-12-02", partOfDay: "morning" });
  });
  it("falls back to the reference when no mention is fine enough", () => {
    expect(iso("the following day", ref, "Prices rose in 2004; the following day they fell.")).toBe("2025-12-04");
    expect(iso("that year", ref, "Nobody remembers that year.")).toBeNull();
    expect(iso("that year", ref, "The mayor may resign; that year was hard.")).toBeNull();
  });
});

describe("fragments completed by the words next to them", () => {
  it("reads a count followed by earlier/ago as a point, and alone as a duration", () => {
    expect(iso("two years", ref, "Output doubled from two years earlier, the agency said.")).toBe("2023");
    expect(analyzeDate("two years", { reference: ref, context: "The talks lasted two years." }).kind).toBe("duration");
  });
  it("reads in <count> as a point ahead only in a future clause", () => {
    expect(iso("three years", ref, "The bonds will be repaid in three years, the treasury said.")).toBe("2028");
    expect(analyzeDate("three years", { reference: ref, context: "It was the first rise in three years." }).kind).toBe("duration");
  });
  it("gives a bare clock time the weekday written right after it", () => {
    expect(iso("9:40 a.m.", ref, "The quake struck at 9:40 a.m. (0640 GMT) Monday, officials said.")).toBe("2025-12-01T09:40");
    expect(iso("6 in the morning", ref, "The convoy will set off at 6 in the morning (6 a.m. local time Friday).")).toBe("2025-12-05T06");
  });
  it("gives a bare day number the month written just before it", () => {
    expect(iso("12", "2025-10-01", "The summit will meet on Nov. 11 and 12 in Lima.")).toBe("2025-11-12");
  });
  it("reads an ordinal day equated with the present as the reference day", () => {
    expect(iso("the fifth day", ref, "Today is the fifth day of the strike.")).toBe("2025-12-03");
    expect(iso("the fifth day", ref, "Talks broke down on the fifth day of the strike.")).toBeNull();
  });
  it("reads midnight with a day as the end of that day, and alone as the start of the reference day", () => {
    expect(iso("midnight Friday")).toBe("2025-11-29T00:00");
    expect(iso("midnight")).toBe("2025-12-03T00:00");
  });
  it("reads an elided last against this <unit> in the clause", () => {
    expect(iso("last", ref, "Sales this year are twice as high as last.")).toBe("2024");
  });
  it("reads the day before/after a day, and a deictic weekday with its date", () => {
    expect(iso("the day before last Monday")).toBe("2025-11-30");
    expect(iso("day after Dec. 1")).toBe("2025-12-02");
    expect(analyzeDate("this coming Friday, December fifth", { reference: ref })).toMatchObject({ when: { iso: "2025-12-05" }, problems: [] });
    expect(analyzeDate("this coming Thursday, December fifth", { reference: ref }).problems[0]?.code).toBe("weekday-mismatch");
  });
});
