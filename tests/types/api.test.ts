// Type tests of the public API (checked by `tsc`, which `npm test` runs;
// vitest runs them too, where expectTypeOf does nothing at runtime): what
// callers write must infer the types the docs promise.
import { describe, expectTypeOf, test } from "vitest";
import {
  normalize,
  parseDate,
  timeline,
  type Diagnostic,
  type Timeline,
  type TimelineElement,
  type TimelineEvent,
  type TimelineHandle,
  type TimelineInput,
  type TimelineOptions,
  type When,
} from "../../src/index.js";

describe("timeline()", () => {
  test("takes loose input or a normalized timeline, and returns the figure with its handle", () => {
    expectTypeOf(timeline).parameter(0).toEqualTypeOf<TimelineInput | Timeline>();
    expectTypeOf(timeline).parameter(1).toEqualTypeOf<TimelineOptions | undefined>();
    expectTypeOf(timeline).returns.toEqualTypeOf<TimelineElement>();
    expectTypeOf<TimelineElement>().toMatchTypeOf<HTMLElement>();
    expectTypeOf<TimelineElement>().toMatchTypeOf<TimelineHandle>();
  });

  test("the handle: update replaces options, value is the selected event", () => {
    expectTypeOf<TimelineHandle["update"]>().parameters.toEqualTypeOf<
      [TimelineInput | Timeline, (TimelineOptions | undefined)?]
    >();
    expectTypeOf<TimelineHandle["select"]>().parameter(0).toEqualTypeOf<string | null>();
    expectTypeOf<TimelineHandle["value"]>().toEqualTypeOf<TimelineEvent | null>();
  });

  test("select and zoom listeners know their event's detail", () => {
    // Only compiled, never called: there is no figure in the unit project.
    const listen = (fig: TimelineElement) => {
      fig.addEventListener("select", (e) => {
        expectTypeOf(e.detail.event).toEqualTypeOf<TimelineEvent | null>();
      });
      fig.addEventListener("zoom", (e) => {
        expectTypeOf(e.detail.start).toEqualTypeOf<Date>();
      });
      // Observable's viewof listens for a plain input event.
      fig.addEventListener("input", (e) => {
        expectTypeOf(e).toMatchTypeOf<Event>();
      });
    };
    expectTypeOf(listen).toBeFunction();
  });

  test("options: keywords are literal unions, and unknown keys are refused", () => {
    expectTypeOf<TimelineOptions["theme"]>().toEqualTypeOf<"auto" | "light" | "dark" | undefined>();
    expectTypeOf<TimelineOptions["groupBy"]>().toEqualTypeOf<"group" | "place" | "tags" | null | undefined>();
    expectTypeOf<{ widht: number }>().not.toMatchTypeOf<TimelineOptions>();
    // Labels: a partial override, each of its default's type.
    expectTypeOf<{ labels: { hint: string } }>().toMatchTypeOf<TimelineOptions>();
    expectTypeOf<{ labels: { more: string } }>().not.toMatchTypeOf<TimelineOptions>();
  });
});

describe("data functions", () => {
  test("parseDate returns a When or null, never throws a type at callers", () => {
    expectTypeOf(parseDate).returns.toEqualTypeOf<When | null>();
  });

  test("normalize returns the timeline and its diagnostics", () => {
    expectTypeOf(normalize).returns.toMatchTypeOf<{ timeline: Timeline; diagnostics: Diagnostic[] }>();
  });
});
