import { describe, expect, it } from "vitest";
import { findDates, type DateMention } from "../../src/draft/dates.js";
import { durationValue, referenceValue, setValue } from "../../src/draft/datesValue.js";

const brief = (found: DateMention[]) => found.map((d) => [d.text, d.type, d.value]);

describe("findDates", () => {
  it("gives exact UTF-16 spans into the text", () => {
    const text = "Le sommet \u{1F30D} s\u2019est ouvert Tuesday, and talks resume Dec. 5, 2025.";
    const found = findDates(text, { published: "2025-12-03" });
    expect(found.length).toBe(2);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(brief(found)).toEqual([
      ["Tuesday", "date", "2025-12-02"],
      ["Dec. 5, 2025", "date", "2025-12-05"],
    ]);
  });

  it("anchors a story's dates on the story in narrative mode", () => {
    const text = "The siege began on March 3, 1854. On June 10 the city fell; twelve days later the garrison left.";
    const found = findDates(text, { published: "2025-12-02", mode: "narrative" });
    expect(brief(found)).toEqual([
      ["March 3, 1854", "date", "1854-03-03"],
      ["June 10", "date", "1854-06-10"],
      ["twelve days later", "date", "1854-06-22"],
    ]);
    const [first, second, third] = found;
    expect(first?.type === "date" && first.anchor).toBe("self");
    expect(second?.type === "date" && second.anchorSpan).toEqual([first?.start, first?.end]);
    expect(third?.type === "date" && third.anchorSpan).toEqual([second?.start, second?.end]);
  });

  it("keeps a biography's yearless dates in the year the story has reached", () => {
    const text =
      "He took office on March 4, 1861. The war began on April 12; four years later, on April 14, he was shot, " +
      "and he died the next morning. In December the army disbanded.";
    const story = findDates(text, { published: "2025-12-02", mode: "narrative" });
    expect(brief(story)).toEqual([
      ["March 4, 1861", "date", "1861-03-04"],
      ["April 12", "date", "1861-04-12"],
      ["four years later", "date", "1865"],
      ["April 14", "date", "1865-04-14"],
      ["the next morning", "date", "1865-04-15TMO"],
      ["December", "date", "1865-12"],
    ]);
    // News follows the story's full dates, counted steps and the months after them; a month in a clause that looks
    // ahead is the publication's.
    const news = findDates(text, { published: "2025-12-02" });
    expect(brief(news).map((d) => d[2])).toEqual([
      "1861-03-04",
      "1861-04-12",
      "1865",
      "1865-04-14",
      "1865-04-15TMO",
      "1865-12",
    ]);
    const ahead = findDates("The firm was founded on March 3, 1998. In December it will list its shares.", {
      published: "2025-10-02",
    });
    expect(brief(ahead).map((d) => d[2])).toEqual(["1998-03-03", "2025-12"]);
  });

  it("reads a campaign told month by month: a day of the month, a season of the story's year, counted steps", () => {
    const text =
      "The army crossed the river in June 1812. By September it had reached the capital, and on the 14th it " +
      "entered the city. That winter the retreat began. The following spring the alliance broke; ten months later " +
      "the war was over.";
    expect(brief(findDates(text, { published: "2025-12-02", mode: "narrative" }))).toEqual([
      ["June 1812", "date", "1812-06"],
      ["September", "date", "1812-09"],
      ["the 14th", "date", "1812-09-14"],
      ["That winter", "date", "1812-WI"],
      ["The following spring", "date", "1813-SP"],
      ["ten months later", "date", "1814-01"],
    ]);
    const landing = "In the spring of 1944 the offensive resumed; on the night of 5 June the first troops landed.";
    expect(brief(findDates(landing, { published: "2025-12-02", mode: "narrative" }))[1]).toEqual([
      "the night of 5 June",
      "date",
      "1944-06-05TNI",
    ]);
  });

  it("reads dates before the common era, and keeps a yearless date in the story's BC year", () => {
    const text =
      "Caesar was killed on March 15, 44 BC. In 146 BC Carthage fell; on June 10 the city burned. AD 9 followed.";
    expect(brief(findDates(text, { published: "2025-12-02", mode: "narrative" }))).toEqual([
      ["March 15, 44 BC", "date", "-0043-03-15"],
      ["146 BC", "date", "-0145"],
      ["June 10", "date", "-0145-06-10"],
      ["AD 9", "date", "0009"],
    ]);
  });

  it("reads news against the publication date, and follows the story where the text moves away", () => {
    const news = findDates("Officials said Monday that the talks will resume Friday.", { published: "2025-12-03" });
    expect(brief(news)).toEqual([
      ["Monday", "date", "2025-12-01"],
      ["Friday", "date", "2025-12-05"],
    ]);
    expect(news.every((d) => d.type === "date" && d.anchor === "published")).toBe(true);
    const moved = findDates("The plant closed on May 4, 1986. Three days later the town was evacuated.", {
      published: "2025-12-03",
    });
    expect(brief(moved)[1]).toEqual(["Three days later", "date", "1986-05-07"]);
  });

  it("types durations, ages, frequencies and references instead of calling them dates", () => {
    const text =
      "After talks lasting 5 1/2 hours, the board, which meets twice a year, said a 52-year-old man now leads it.";
    const found = findDates(text, { published: "2025-12-03" });
    expect(brief(found)).toEqual([
      ["5 1/2 hours", "duration", "PT5H30M"],
      ["twice a year", "set", "P1Y"],
      ["52-year-old", "duration", "P52Y"],
      ["now", "reference", "PRESENT_REF"],
    ]);
    expect(found[2]?.type === "duration" && found[2].age).toBe(true);
    expect(found[0]?.type === "duration" && found[0].age).toBeUndefined();
  });

  it("does not take fractions and ordinals for lengths of time", () => {
    const found = findDates(
      "About three-quarters of voters backed a second round; a quarter of the vote went elsewhere.",
      { published: "2025-12-03" },
    );
    expect(found).toEqual([]);
  });

  it("reads a clock time on the day written just before it", () => {
    const found = findDates("Voting opens Friday at 10:30 a.m. EST.", { published: "2025-12-03" });
    expect(brief(found)).toEqual([
      ["Friday", "date", "2025-12-05"],
      ["10:30 a.m. EST", "date", "2025-12-05T10:30"],
    ]);
    const clock = found[1];
    expect(clock?.type === "date" && clock.when.iso).toBe("2025-12-05T10:30-05:00");
  });

  it("finds historical forms and leaves range halves and ages out of the calendar", () => {
    const text =
      "Revere rode on the night of April 18, 1775; Athens fell in 404 BC; the war of 1915-17; two men aged 27 and 24.";
    const found = findDates(text, { published: "2025-12-03" });
    expect(brief(found)).toEqual([
      ["the night of April 18, 1775", "date", "1775-04-18TNI"],
      ["404 BC", "date", "-0403"],
      ["1915", "date", "1915"],
      ["aged 27", "duration", "P27Y"],
    ]);
  });

  it("finds the forms issue 25 lists in running text", () => {
    const text =
      "Police said yesterday (July 21) that a man was held last night [10 October]. The mayor will be elected on " +
      "Sunday. Shops will close on Christmas and at 430pm on New Year's Eve; the report is due by month's end. " +
      "A 2012 car crash, June 20 of 1792 and this past year were cited, as was 0737 GMT.";
    const found = findDates(text, { published: "2025-12-03" });
    expect(brief(found)).toEqual([
      ["yesterday (July 21)", "date", "2025-07-21"],
      ["last night [10 October]", "date", "2025-10-10TNI"],
      ["Sunday", "date", "2025-12-07"],
      ["Christmas", "date", "2025-12-25"],
      ["430pm", "date", "2025-12-03T16:30"],
      ["New Year's Eve", "date", "2025-12-31"],
      ["month's end", "date", "2025-12"],
      ["2012", "date", "2012"],
      ["June 20 of 1792", "date", "1792-06-20"],
      ["this past year", "date", "2024"],
      ["0737 GMT", "date", "2025-12-03T07:37"],
    ]);
  });

  it("reads clock times without a zone in the zone given, and takes the publication as a Date or epoch ms", () => {
    const zoned = findDates("Talks open at 10:30 a.m. Friday.", { published: "2025-12-03", timeZone: "Europe/Moscow" });
    expect(zoned.map((d) => d.type === "date" && d.when.iso)).toEqual(["2025-12-05T10:30+03:00"]);
    for (const published of [new Date(Date.UTC(2025, 11, 3)), Date.UTC(2025, 11, 3, 12)]) {
      expect(brief(findDates("Talks opened Friday.", { published }))).toEqual([["Friday", "date", "2025-11-28"]]);
    }
  });

  it("passes on what the reading found doubtful", () => {
    const [numeric, weekday] = findDates("Filed 02/12/2025; heard on Monday, Dec. 3, 2025.", {
      published: "2025-12-03",
    });
    expect(numeric?.type === "date" && numeric.problems?.[0]?.code).toBe("ambiguous-date");
    expect(numeric?.type === "date" && numeric.problems?.[0]?.candidates?.map((c) => c.iso)).toEqual([
      "2025-02-12",
      "2025-12-02",
    ]);
    expect(weekday?.type === "date" && weekday.problems?.[0]?.code).toBe("weekday-mismatch");
    expect(findDates("on Friday", { published: "2025-12-03" })[0]).not.toHaveProperty("problems");
  });

  it("dates a clock time by the day written after its bracketed conversion, and midnight as the day it closes", () => {
    const found = findDates("The blast came at 10:35 a.m. (0735 GMT) Friday. The offer expires at midnight Friday.", {
      published: "1998-08-08",
    });
    expect(brief(found)).toEqual([
      ["10:35 a.m.", "date", "1998-08-07T10:35"],
      ["0735 GMT", "date", "1998-08-07T07:35"],
      ["Friday", "date", "1998-08-07"],
      // TIMEX3 writes midnight as hour 24 of the day it ends; the When stays Saturday 00:00.
      ["midnight Friday", "date", "1998-08-14T24:00"],
    ]);
    const midnight = found[3];
    expect(midnight?.type === "date" && midnight.when.iso).toBe("1998-08-15T00:00");
  });

  it("reads a day next to a named one, a week around a date, a hedged count and a part of a relative day", () => {
    const text =
      "The deal was signed the day before last Tuesday; talks began the week of March 6. " +
      "A week or so ago the board met, and mid-afternoon yesterday it voted.";
    expect(brief(findDates(text, { published: "2000-03-24" }))).toEqual([
      ["the day before last Tuesday", "date", "2000-03-20"],
      ["the week of March 6", "date", "2000-W10"],
      ["A week or so ago", "date", "2000-W11"],
      ["mid-afternoon yesterday", "date", "2000-03-23TAF"],
    ]);
  });

  it("types recent years as the recent past, recent weeks as a vague length, and writes recurring days and months as TIMEX3 sets", () => {
    const text = "In recent years the ferry has left each Thursday and every Monday night, and closed each July.";
    expect(brief(findDates(text, { published: "2025-12-03" }))).toEqual([
      ["recent years", "reference", "PAST_REF"],
      ["each Thursday", "set", "XXXX-WXX-4"],
      ["every Monday night", "set", "XXXX-WXX-1TNI"],
      ["each July", "set", "XXXX-07"],
    ]);
    // "May" after "each" is the verb as often as the month.
    expect(findDates("Each may vote.", { published: "2025-12-03" })).toEqual([]);
  });

  it("takes a fronted date in the tense of the main verb after it", () => {
    const found = findDates("The merger follows months of turns. In January, the company hired a new chief.", {
      published: "1989-10-27",
    });
    expect(brief(found).find(([t]) => t === "January")).toEqual(["January", "date", "1989-01"]);
  });

  it("reads a three-digit year after a preposition in a story among era words, never in news or as a count", () => {
    const text = "Rome was sacked in 410 by the Visigoths and again in 455; in 476 AD the last emperor fell.";
    expect(brief(findDates(text, { published: "2025-12-03", mode: "narrative" }))).toEqual([
      ["410", "date", "0410"],
      ["455", "date", "0455"],
      ["476 AD", "date", "0476"],
    ]);
    expect(brief(findDates(text, { published: "2025-12-03" }))).toEqual([["476 AD", "date", "0476"]]);
    const counts = "In 476 AD the empire fell. Riots broke out in 300 cities, and in 250 the mob won.";
    expect(brief(findDates(counts, { published: "2025-12-03", mode: "narrative" }))).toEqual([
      ["476 AD", "date", "0476"],
      ["250", "date", "0250"],
    ]);
  });

  it("follows a history told in news mode: hedged months, seasons and the next year stay in the story's years", () => {
    const text =
      "Allied troops landed in Normandy on 6 June 1944. By the end of June they held Cherbourg. In mid-August the " +
      "pocket closed; Paris was freed on 25 August. The following spring, the Rhine was crossed. Germany surrendered " +
      "on 8 May 1945. That summer, Japan fought on until August 15. In December, the occupation began. The next " +
      "year, elections were held.";
    expect(brief(findDates(text, { published: "2010-06-01" })).map(([t, , v]) => `${t}=${v}`)).toEqual([
      "6 June 1944=1944-06-06",
      "the end of June=1944-06",
      "mid-August=1944-08",
      "25 August=1944-08-25",
      "The following spring=1945-SP",
      "8 May 1945=1945-05-08",
      "That summer=1945-SU",
      "August 15=1945-08-15",
      "December=1945-12",
      "The next year=1946",
    ]);
  });

  it("counts anaphors from the story's last date and reads a day of the month in the month last named", () => {
    const text =
      "By mid-July 1941 the Germans had reached Smolensk; the city fell on the 16th. On 5 December the offensive " +
      "opened. Two days earlier, the Germans had stopped. The following day, Japan attacked.";
    const values = (mode: "news" | "narrative") =>
      brief(findDates(text, { published: "2010-06-01", mode })).map(([t, , v]) => `${t}=${v}`);
    expect(values("narrative")).toEqual([
      "mid-July 1941=1941-07",
      "the 16th=1941-07-16",
      "5 December=1941-12-05",
      "Two days earlier=1941-12-03",
      // Not 1940: "5 December", read again against the anchor, would be the one before it.
      "The following day=1941-12-04",
    ]);
    expect(values("news").slice(0, 4)).toEqual([
      "mid-July 1941=1941-07",
      "the 16th=1941-07-16",
      "5 December=1941-12-05",
      "Two days earlier=1941-12-03",
    ]);
    expect(brief(findDates("The vote is on the 14th.", { published: "2025-12-03" }))).toEqual([
      ["the 14th", "date", "2025-12-14"],
    ]);
  });

  it("reads days of one month written as a range as one interval, valued by its first day", () => {
    const text = "The battle was fought July 1\u20133, 1863. On the morning of July 1, troops advanced.";
    const found = findDates(text, { published: "2010-06-01", mode: "narrative" });
    expect(brief(found)).toEqual([
      ["July 1\u20133, 1863", "date", "1863-07-01"],
      ["the morning of July 1", "date", "1863-07-01TMO"],
    ]);
    expect(found[0]?.type === "date" && found[0].when.iso).toBe("1863-07-01/1863-07-03");
    const night = findDates(
      "In the spring of 1944 the build-up went on; on the night of 5/6 June paratroopers dropped.",
      {
        published: "2010-06-01",
        mode: "narrative",
      },
    );
    expect(brief(night)[1]).toEqual(["the night of 5/6 June", "date", "1944-06-05TNI"]);
  });

  it("reads halves of years, fiscal years, a coordinated day and lengths after a preposition of extent", () => {
    const text =
      "Earnings for the last half of 1989 and the first half of 1990 will fall, as in the latest fiscal year. " +
      "Threats had become routine over the past decade. The summit on April 24 and 25 was held.";
    expect(brief(findDates(text, { published: "1989-10-26" }))).toEqual([
      ["the last half of 1989", "date", "1989-H2"],
      ["the first half of 1990", "date", "1990-H1"],
      ["the latest fiscal year", "date", "1988"],
      ["the past decade", "duration", "P10Y"],
      ["April 24", "date", "1989-04-24"],
      ["25", "date", "1989-04-25"],
    ]);
    expect(brief(findDates("Sales in recent weeks fell.", { published: "1989-10-26" }))).toEqual([
      ["recent weeks", "duration", "PXW"],
    ]);
    const vague =
      "Over the years, many left. Prices may fall in the weeks ahead. In the days before the vote, they met.";
    expect(brief(findDates(vague, { published: "1989-10-26" }))).toEqual([
      ["the years", "duration", "PXY"],
      ["the weeks ahead", "duration", "PXW"],
    ]);
  });

  it("in a story, moves a bare weekday, a season and a month on from the day the story reached", () => {
    const text =
      "On Monday, June 5, 1944, the order was given. On Tuesday the landings began. In the autumn the armies " +
      "reached the Rhine, and that winter the enemy struck back on December 16. By January the bulge was gone.";
    expect(brief(findDates(text, { published: "2025-12-02", mode: "narrative" }))).toEqual([
      ["Monday, June 5, 1944", "date", "1944-06-05"],
      ["Tuesday", "date", "1944-06-06"],
      ["the autumn", "date", "1944-FA"],
      ["that winter", "date", "1944-WI"],
      ["December 16", "date", "1944-12-16"],
      ["January", "date", "1945-01"],
    ]);
    // A past perfect looks back: the month stays in the story's year.
    const back = "He died on December 14, 1799. In July he had written his will.";
    expect(brief(findDates(back, { published: "2025-12-02", mode: "narrative" }))).toEqual([
      ["December 14, 1799", "date", "1799-12-14"],
      ["July", "date", "1799-07"],
    ]);
  });

  it("in news, follows a year that opens its sentence, and keeps a holiday in the story's year", () => {
    const text =
      "In 1862 the army crossed the river. On June 10 the city fell. Months later, on Christmas Day, the men were paid.";
    expect(brief(findDates(text, { published: "2025-12-02" }))).toEqual([
      ["1862", "date", "1862"],
      ["June 10", "date", "1862-06-10"],
      ["Christmas Day", "date", "1862-12-25"],
    ]);
    // A period compared with ("In the 1988 period, …") sets no scene.
    const report = "In the 1988 period, the company earned $20 million. It introduced new computers in April.";
    expect(brief(findDates(report, { published: "1989-10-26" }))).toEqual([
      ["the 1988 period", "date", "1988"],
      ["April", "date", "1989-04"],
    ]);
  });

  it("in news, takes a yearless date's year from a year just before it, a range's end or the year in 'the year 1066'", () => {
    const text =
      "In the year 1066 William landed; on the 14th of October he won. Vesuvius erupted in AD 79, on 24 August. " +
      "From May to September 1940 the battle raged. It ran from June 10 to June 12, 1941.";
    expect(brief(findDates(text, { published: "2025-12-02" }))).toEqual([
      ["the year 1066", "date", "1066"],
      ["the 14th of October", "date", "1066-10-14"],
      ["AD 79", "date", "0079"],
      ["24 August", "date", "0079-08-24"],
      ["May", "date", "1940-05"],
      ["September 1940", "date", "1940-09"],
      ["June 10", "date", "1941-06-10"],
      ["June 12, 1941", "date", "1941-06-12"],
    ]);
  });

  it("dates a clock time by a full date earlier in its sentence", () => {
    const text = "On the morning of 18 June 1815, at Waterloo, the battle began at about 11.30 a.m. It ended at 9 p.m.";
    expect(brief(findDates(text, { published: "2025-12-02" }))).toEqual([
      ["the morning of 18 June 1815", "date", "1815-06-18TMO"],
      ["about 11.30 a.m.", "date", "1815-06-18T11:30"],
      // The next sentence is no longer that day's in news.
      ["9 p.m.", "date", "2025-12-02T21:00"],
    ]);
  });

  it("counts an earnings report's comparisons from the closed quarter it names", () => {
    const text =
      "The company earned $5 million in the fiscal first quarter, against a loss of $2 million a year ago. " +
      "Sales in the latest period rose 5%, against last year's quarter; in the 1988 period, it earned $1 million. " +
      "It expects a loss in the fourth quarter; net was $3 million a year earlier.";
    expect(brief(findDates(text, { published: "1989-10-26" }))).toEqual([
      ["the fiscal first quarter", "date", "1989-Q1"],
      ["a year ago", "date", "1988-Q1"],
      ["the latest period", "date", "1989-Q1"],
      ["last year's quarter", "date", "1988-Q1"],
      ["the 1988 period", "date", "1988-Q1"],
      // A quarter still ahead is no report: the comparison is with the quarter closed a year before.
      ["the fourth quarter", "date", "1989-Q4"],
      ["a year earlier", "date", "1988-Q3"],
    ]);
  });

  it("keeps an amount's hedge in the extent, and a fraction out", () => {
    const text =
      "Claims began nearly two weeks ago and may take more than three years. Iraq imports about three-quarters of its food.";
    expect(brief(findDates(text, { published: "1989-10-30" }))).toEqual([
      ["nearly two weeks ago", "date", "1989-W42"],
      ["more than three years", "duration", "P3Y"],
    ]);
  });

  it("reads the past week as a length and last week as the calendar week", () => {
    const found = findDates("Prices rose in the past week. He left last week, in the last week of June.", {
      published: "2025-12-03",
    });
    expect(brief(found).slice(0, 2)).toEqual([
      ["the past week", "duration", "P1W"],
      ["last week", "date", "2025-W48"],
    ]);
    expect(found.some((d) => d.text === "the last week" && d.type === "duration")).toBe(false);
  });

  it("leaves out what only looks like a time: compound nouns, discourse 'Now', event-anchored days, counted millennia", () => {
    const published = "2025-12-03";
    expect(findDates("Nurses said that night shifts were long and the morning newspaper late.", { published })).toEqual(
      [],
    );
    // The part of the day is a time when no compound follows it.
    expect(brief(findDates("Nurses said that night officials left.", { published }))).toEqual([
      ["that night", "date", "2025-12-03TNI"],
    ]);
    expect(findDates("Now, following asset sales, the company is healthy.", { published })).toEqual([]);
    expect(brief(findDates("The company is now healthy.", { published }))).toEqual([
      ["now", "reference", "PRESENT_REF"],
    ]);
    expect(brief(findDates("It lost money. Now officials are investigating.", { published }))).toEqual([
      ["Now", "reference", "PRESENT_REF"],
    ]);
    // "The day after his death" counts from an event the text does not date; "the day after" alone from the reference.
    expect(findDates("They came to the house the day after his death.", { published })).toEqual([]);
    expect(brief(findDates("They came back the day after.", { published }))).toEqual([
      ["the day after", "date", "2025-12-04"],
    ]);
    expect(findDates("Families kept the secret for two thousand years.", { published })).toEqual([]);
    // A month or season in an event's name.
    expect(findDates("Crowds joined the annual March for Life and the Spring of Life rallies.", { published })).toEqual(
      [],
    );
    expect(brief(findDates("He stepped down in March for health reasons.", { published }))).toEqual([
      ["March", "date", "2025-03"],
    ]);
  });

  it("leaves out programme and newspaper names and the units of rates", () => {
    const text =
      'Baker said on ABC\'s "This Week" that it was over. Today, she said, talks resume. This is VOA Today. ' +
      "The party daily Granma said it would save $500 million a year and run four flights a week, for a week.";
    expect(brief(findDates(text, { published: "2025-12-03" }))).toEqual([
      ["Today", "date", "2025-12-03"],
      ["a week", "duration", "P1W"],
    ]);
    expect(brief(findDates("Prices are published daily.", { published: "2025-12-03" }))).toEqual([
      ["daily", "set", "P1D"],
    ]);
  });

  it("returns nothing for empty text or an unreadable publication date, and never throws", () => {
    expect(findDates("", { published: "2025-12-03" })).toEqual([]);
    expect(findDates("on Friday", { published: "not a date" })).toEqual([]);
    expect(() => findDates("x".repeat(5000) + " on Friday", { published: "2025-12-03" })).not.toThrow();
  });
});

describe("TIMEX3 values of what is not a calendar point", () => {
  it("writes durations in ISO 8601, vague amounts as X", () => {
    expect(durationValue("three days")).toBe("P3D");
    expect(durationValue("16-hour")).toBe("PT16H");
    expect(durationValue("the past two years")).toBe("P2Y");
    expect(durationValue("a minute and a half")).toBe("PT1M30S");
    expect(durationValue("several weeks")).toBe("PXW");
    expect(durationValue("two more weeks")).toBe("P2W");
    // ISO 8601 has no decade or century designator.
    expect(durationValue("two decades")).toBe("P20Y");
    expect(durationValue("centuries")).toBe("PXY");
    expect(durationValue("the committee")).toBeNull();
  });
  it("writes the period of a frequency", () => {
    expect(setValue("daily")).toBe("P1D");
    expect(setValue("every two weeks")).toBe("P2W");
    expect(setValue("every other month")).toBe("P2M");
  });
  it("tells present, past and future references apart", () => {
    expect(referenceValue("currently")).toBe("PRESENT_REF");
    expect(referenceValue("recently")).toBe("PAST_REF");
    expect(referenceValue("the future")).toBe("FUTURE_REF");
    expect(referenceValue("Friday")).toBeNull();
  });
});
