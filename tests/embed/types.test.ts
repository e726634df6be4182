// The element's and the timeline's public types (issue 23 item 5): the type
// check of `npm test` compiles this file, so a `detail` that loses its type,
// or a `<cite-line>` that querySelector no longer knows, fails the suite.
import { describe, expectTypeOf, it } from "vitest";
import type { CiteLineElement, CiteLineErrorDetail, TimelineElement, TimelineEvent } from "../../src/index.js";
import { timeline } from "../../src/index.js";

describe("types of the element and its events", () => {
  it("querySelector('cite-line') is a CiteLineElement with data, options, timeline, value, select and zoomTo", () => {
    const _find = () => document.querySelector("cite-line");
    expectTypeOf<ReturnType<typeof _find>>().toEqualTypeOf<CiteLineElement | null>();
    expectTypeOf<HTMLElementTagNameMap["cite-line"]>().toEqualTypeOf<CiteLineElement>();
    expectTypeOf<CiteLineElement["timeline"]>().toEqualTypeOf<TimelineElement | null>();
    expectTypeOf<CiteLineElement["value"]>().toEqualTypeOf<TimelineEvent | null>();
    expectTypeOf<CiteLineElement["select"]>().parameters.toEqualTypeOf<[string | null]>();
    expectTypeOf<CiteLineElement["options"]["labels"]>().not.toBeAny();
  });

  it("listeners of select, zoom and error receive typed details", () => {
    const listen = (el: CiteLineElement): void => {
      el.addEventListener("select", (e) => expectTypeOf(e.detail.event).toEqualTypeOf<TimelineEvent | null>());
      el.addEventListener("zoom", (e) => expectTypeOf(e.detail.start).toEqualTypeOf<Date>());
      el.addEventListener("error", (e) => expectTypeOf(e.detail).toEqualTypeOf<CiteLineErrorDetail>());
      // A built-in event keeps its own type.
      el.addEventListener("keydown", (e) => expectTypeOf(e.key).toEqualTypeOf<string>());
    };
    expectTypeOf(listen).toBeFunction();
  });

  it("timeline() returns a figure whose select and zoom events are typed (the TSDoc example of timeline compiles)", () => {
    const draw = (): void => {
      const chart = timeline({ events: [] });
      chart.addEventListener("select", (e) => expectTypeOf(e.detail.event?.title).toEqualTypeOf<string | undefined>());
      chart.addEventListener("zoom", (e) => expectTypeOf(e.detail.end).toEqualTypeOf<Date>());
    };
    expectTypeOf(draw).toBeFunction();
  });
});
