import { describe, expect, it } from "vitest";
import { analyzeDate, parseDate } from "../../../src/data/dates/index.js";
import { DATE_RULES } from "../../../src/data/dates/rules/table.js";
import { alternation, HOLIDAYS, MONTH, UNIT_WORD } from "../../../src/data/dates/vocabulary.js";

describe("the date rule table", () => {
  it("names every rule once", () => {
    const names = DATE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives every rule at least one example", () => {
    expect(DATE_RULES.filter((r) => r.examples.length === 0).map((r) => r.name)).toEqual([]);
  });

  for (const rule of DATE_RULES) {
    for (const [text, reference, iso] of rule.examples) {
      it(`${rule.name}: "${text}" against ${reference} is ${iso}`, () => {
        const a = analyzeDate(text, { reference });
        expect(a.when?.iso).toBe(iso);
        expect(a.rule).toBe(rule.name);
      });
    }
  }

  it("says which rule read an ISO date, and none for text that is no date", () => {
    expect(analyzeDate("2025-12-02").rule).toBe("iso");
    expect(analyzeDate("the committee").rule).toBeUndefined();
  });
});

describe("the vocabulary", () => {
  it("tries longer words first, so an abbreviation never cuts a name short", () => {
    const re = new RegExp(`^${alternation(["sep", "sept", "september"])}`);
    expect(re.exec("september")?.[0]).toBe("september");
    expect(new RegExp(`^${MONTH}$`).test("sept")).toBe(true);
  });
  it("reads unit words in the singular and the plural", () => {
    const re = new RegExp(`^${UNIT_WORD}$`);
    expect(["day", "days", "centuries", "millennia", "fortnight"].every((w) => re.test(w))).toBe(true);
    expect(re.test("dayz")).toBe(false);
  });
  it("keeps holidays as data every rule reads", () => {
    expect(HOLIDAYS["halloween"]).toEqual({ month: 10, day: 31 });
  });
});

describe("forms issue 25 asked for", () => {
  const ref = "2025-12-03";
  it("reads eras with astronomical years", () => {
    expect(parseDate("500 BC", { reference: ref })?.iso).toBe("-0499");
    expect(parseDate("c. 500 BC", { reference: ref })).toMatchObject({ iso: "-0499", qualifier: "about" });
    expect(parseDate("500 B.C.E.", { reference: ref })?.iso).toBe("-0499");
  });
  it("reads a date in brackets after a relative one as the day meant", () => {
    expect(parseDate("yesterday (July 21)", { reference: "2025-07-22" })?.iso).toBe("2025-07-21");
    expect(parseDate("last night [10 October]", { reference: "2025-10-11" })).toMatchObject({
      iso: "2025-10-10",
      partOfDay: "night",
    });
  });
  it("gives the first year of a range the era written at its end", () => {
    expect(parseDate("264", { reference: ref, context: "The wars lasted from 264 to 146 BC." })?.iso).toBe("-0263");
    expect(analyzeDate("264", { reference: ref, context: "The wars lasted from 264 to 146 BC." }).rule).toBe(
      "era-range-start",
    );
    expect(parseDate("1990", { reference: ref, context: "Sales rose in 1990 and fell." })?.iso).toBe("1990");
  });
  it("never reads the half of a range or an age as a century", () => {
    expect(parseDate("17", { reference: ref, context: "the war of 1915-17 ended" })?.iso).toBe("1917");
    expect(parseDate("24", { reference: ref, context: "two men, aged 27 and 24, were held" })).toBeNull();
  });
  it("reads holidays forward in a future sentence and back otherwise", () => {
    expect(parseDate("Christmas", { reference: ref, context: "The shops will close on Christmas." })?.iso).toBe(
      "2025-12-25",
    );
    expect(parseDate("Christmas", { reference: ref, context: "The shops closed on Christmas." })?.iso).toBe(
      "2024-12-25",
    );
    expect(parseDate("New Year's Eve", { reference: ref, context: "Crowds gathered on New Year's Eve." })?.iso).toBe(
      "2024-12-31",
    );
    expect(parseDate("Thanksgiving", { reference: ref })?.iso).toBe("2025-11-27");
    expect(parseDate("Easter 2024", { reference: ref })?.iso).toBe("2024-03-31");
  });
  it("reads composite times with their day and zone", () => {
    expect(parseDate("12 noon", { reference: ref })?.iso).toBe("2025-12-03T12:00");
    expect(parseDate("19:00 hr", { reference: ref })?.iso).toBe("2025-12-03T19:00");
    expect(parseDate("shortly after 3:30 a.m. Tuesday", { reference: ref })).toMatchObject({
      iso: "2025-12-02T03:30",
      qualifier: "after",
    });
    // A US zone settles whose order the numbers follow; a zone shared by both conventions does not.
    expect(parseDate("05/03/2013 at 11:00 AM EDT", { reference: ref })?.iso).toBe("2013-05-03T11:00-04:00");
    expect(parseDate("05/03/2013 11:00 PST", { reference: ref })?.iso).toBe("2013-05-03T11:00-08:00");
    const a = analyzeDate("05/03/2013 at 11:00 GMT", { reference: ref });
    expect(a.problems[0]?.candidates?.map((c) => c.iso)).toEqual(["2013-05-03T11:00Z", "2013-03-05T11:00Z"]);
  });
  it("reads a month of an anaphoric year against the year mentioned before it", () => {
    const context = "The mill closed in 1987. In August of that year the town voted to rebuild it.";
    expect(parseDate("August of that year", { reference: ref, context })?.iso).toBe("1987-08");
    expect(
      parseDate("June the following year", {
        reference: ref,
        context: "It opened in 1990; June the following year it closed.",
      })?.iso,
    ).toBe("1991-06");
  });
  it("reads the new year forward in a forward-looking sentence", () => {
    expect(parseDate("the new year", { reference: ref, context: "Talks will resume in the new year." })?.iso).toBe(
      "2026-01-01",
    );
    expect(
      parseDate("Independence Day", { reference: ref, context: "Fireworks lit the sky on Independence Day." })?.iso,
    ).toBe("2025-07-04");
  });
  it("reads the end of the month and this past year", () => {
    expect(parseDate("the end of the month", { reference: ref })).toMatchObject({ iso: "2025-12", qualifier: "late" });
    expect(parseDate("this past year", { reference: ref })?.iso).toBe("2024");
  });
});

describe("spans of years, short years and seasons (issue 25)", () => {
  const ref = "2025-12-03";
  it("reads a span of years as one interval from the first year's start to the last one's end", () => {
    expect(parseDate("Between 1678-1680", { reference: ref })).toMatchObject({ iso: "1678/1680", precision: "year" });
    const span = parseDate("1962\u201364", { reference: ref });
    expect(span?.iso).toBe("1962/1964");
    expect(span?.latest).toBe(parseDate("1964", { reference: ref })?.latest);
    expect(span?.earliest).toBe(parseDate("1962", { reference: ref })?.earliest);
    expect(parseDate("27 BC-AD 14", { reference: ref })?.iso).toBe("-0026/0014");
    expect(parseDate("from 264 to 146 BC", { reference: ref })?.iso).toBe("-0263/-0145");
  });
  it("reads no span where the ends are no years or run backwards", () => {
    expect(parseDate("10-12", { reference: ref })).toBeNull();
    expect(parseDate("1980-1970", { reference: ref })).toBeNull();
    // An ISO month stays a month.
    expect(parseDate("2025-12", { reference: ref })?.iso).toBe("2025-12");
  });
  it("reads circa in its abbreviations", () => {
    expect(parseDate("c.1450", { reference: ref })).toMatchObject({ iso: "1450", qualifier: "about" });
    expect(parseDate("ca. 1450", { reference: ref })?.iso).toBe("1450");
  });
  it("reads three-digit years with an era, hedged as years, or among era words; alone they stay ISO decades", () => {
    expect(parseDate("410 AD", { reference: ref })?.iso).toBe("0410");
    expect(parseDate("AD 79", { reference: ref })?.iso).toBe("0079");
    expect(parseDate("c. 410", { reference: ref })?.iso).toBe("0410");
    const context = "Alaric's Goths sacked Rome in 410, eight centuries after the Gauls.";
    expect(parseDate("in 410", { reference: ref, context })).toMatchObject({ iso: "0410", precision: "year" });
    expect(parseDate("410", { reference: "0600-01-01" })?.iso).toBe("0410");
    expect(parseDate("410", { reference: ref })?.precision).toBe("decade");
  });
  it("puts a season without a year in the year the text just named, else near the reference", () => {
    const context = "The war dragged on through 1916. Spring brought a new offensive.";
    expect(parseDate("Spring", { reference: ref, context })?.iso).toBe("1916-SP");
    expect(parseDate("Spring", { reference: "2025-07-01" })?.iso).toBe("2025-SP");
  });
});

describe("a yearless date in a story told in the context (issue 25)", () => {
  const ref = "2025-12-03";
  it("is in the year the story last named", () => {
    const context = "The siege began on March 3, 1854. On June 10 the city fell.";
    expect(parseDate("June 10", { reference: ref, context })?.iso).toBe("1854-06-10");
    const hastings = "The army landed on 28 September 1066. In October it marched inland.";
    expect(parseDate("October", { reference: ref, context: hastings })?.iso).toBe("1066-10");
  });
  it("stays near the reference in a clause that looks ahead, or after a year named only in passing", () => {
    const ahead = "The law passed on May 2, 2019. On June 10 the court will rule.";
    expect(parseDate("June 10", { reference: ref, context: ahead })?.iso).toBe("2026-06-10");
    expect(parseDate("June 10", { reference: ref, context: "On June 10 the city fell." })?.iso).toBe("2025-06-10");
    const passing = "Profits have doubled since 1980. In September they fell.";
    expect(parseDate("September", { reference: ref, context: passing })?.iso).toBe("2025-09");
  });
});
