/**
 * The stylesheet of citeline, as text: the figure injects it once into the
 * document head, the `<cite-line>` element puts it in its shadow root and
 * the build writes it to dist/citeline.css. Every colour and size is a
 * `--citeline-*` custom property so pages can theme it.
 */

/** The label font; canvas measurement uses the same string so layout matches rendering. */
export const labelFont = `500 12.5px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

const light = `
  --citeline-bg: #fff;
  --citeline-ink: #1b1c1e;
  --citeline-muted: #5f6368;
  --citeline-faint: #6f747b;
  --citeline-line: #b4b8be;
  --citeline-rule: #e6e7ea;
  --citeline-lane: #f7f7f8;
  --citeline-accent: #1c5d99;
  --citeline-accent-soft: rgba(28, 93, 153, .14);
  --citeline-highlight: #c2410c;
  --citeline-warn: #a14e00;
  --citeline-warn-bg: #fff4e5;
  --citeline-error: #b3261e;
  --citeline-error-bg: #fdecea;
  --citeline-panel: #fff;
  --citeline-shadow: 0 6px 24px rgba(20, 24, 31, .14), 0 1px 3px rgba(20, 24, 31, .08);
  --citeline-focus: #1c5d99;`;

const dark = `
  --citeline-bg: #16181c;
  --citeline-ink: #eceef1;
  --citeline-muted: #a9aeb6;
  --citeline-faint: #979da6;
  --citeline-line: #4c525a;
  --citeline-rule: #2e3238;
  --citeline-lane: #1c1f24;
  --citeline-accent: #7cb4ea;
  --citeline-accent-soft: rgba(124, 180, 234, .2);
  --citeline-highlight: #f59e5b;
  --citeline-warn: #f5b759;
  --citeline-warn-bg: #33270f;
  --citeline-error: #f28b82;
  --citeline-error-bg: #3a1d1b;
  --citeline-panel: #202328;
  --citeline-shadow: 0 6px 24px rgba(0, 0, 0, .5);
  --citeline-focus: #9cc8f2;`;

/** The CSS text of citeline. */
export const stylesheet = `
.citeline {${light}
  --citeline-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  margin: 0; padding: 0; color: var(--citeline-ink); background: var(--citeline-bg);
  font: 14px/1.45 var(--citeline-font); position: relative; min-width: 0;
}
.citeline--dark {${dark} }
@media (prefers-color-scheme: dark) { .citeline--auto {${dark} } }
.citeline *, .citeline *::before, .citeline *::after { box-sizing: border-box; }
.citeline-caption { padding: 0 0 10px; }
.citeline-title { display: block; font-size: 20px; line-height: 1.25; font-weight: 700; letter-spacing: -.01em; }
.citeline-description { display: block; color: var(--citeline-muted); margin-top: 4px; max-width: 70ch; }
.citeline-legend { display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: baseline; margin: 10px 0 0; font-size: 12.5px; color: var(--citeline-muted); }
.citeline-legend-group { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.citeline-legend-name { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--citeline-faint); margin-right: 2px; }
.citeline-chip { font: inherit; color: var(--citeline-ink); background: transparent; border: 1px solid var(--citeline-rule); border-radius: 999px; padding: 2px 10px; cursor: pointer; line-height: 1.5; }
.citeline-chip:hover, .citeline-chip.is-hover { border-color: var(--citeline-highlight); }
.citeline-chip[aria-pressed="true"] { background: var(--citeline-ink); color: var(--citeline-bg); border-color: var(--citeline-ink); }
.citeline-chip .citeline-chip-count { color: var(--citeline-faint); margin-left: 4px; font-variant-numeric: tabular-nums; }
.citeline-chip[aria-pressed="true"] .citeline-chip-count { color: inherit; opacity: .75; }
.citeline-stage { position: relative; }
.citeline-chart { display: block; width: 100%; overflow: visible; font-family: var(--citeline-font); touch-action: pan-y; -webkit-user-select: none; user-select: none; cursor: grab; outline: none; }
.citeline-chart:active { cursor: grabbing; }
.citeline-chart:focus-visible .citeline-frame { stroke: var(--citeline-focus); stroke-width: 2; }
.citeline-frame { fill: none; stroke: transparent; }
.citeline-lane-bg { fill: var(--citeline-lane); }
.citeline-lane-label { font-size: 11px; font-weight: 650; letter-spacing: .06em; text-transform: uppercase; fill: var(--citeline-muted); }
.citeline-baseline { stroke: var(--citeline-line); stroke-width: 1; shape-rendering: crispEdges; }
.citeline-axis { color: var(--citeline-muted); font-size: 11px; }
.citeline-axis .domain { display: none; }
.citeline-axis .tick line { stroke: var(--citeline-rule); shape-rendering: crispEdges; }
.citeline-axis .tick text { fill: var(--citeline-muted); font-variant-numeric: tabular-nums; }
.citeline-density { fill: var(--citeline-accent); opacity: .35; }
.citeline-event { cursor: pointer; }
.citeline-mark { fill: var(--citeline-bg); stroke: var(--citeline-accent); stroke-width: 2; }
.citeline-bar { fill: var(--citeline-accent); opacity: .85; }
.citeline-span:not(.citeline-fade) { fill: var(--citeline-accent-soft); }
.citeline-fade-stop { stop-color: var(--citeline-accent); }
.citeline-stem { stroke: var(--citeline-line); stroke-width: 1; }
.citeline-span, .citeline-stem, .citeline-focus { pointer-events: none; }
.citeline-label { font-size: 12.5px; font-weight: 500; fill: var(--citeline-ink); paint-order: stroke; stroke: var(--citeline-bg); stroke-width: 3px; stroke-linejoin: round; }
.citeline-badge rect { fill: var(--citeline-bg); stroke: var(--citeline-line); stroke-width: 1; }
.citeline-badge text { font-size: 9.5px; font-weight: 650; fill: var(--citeline-muted); text-anchor: middle; font-variant-numeric: tabular-nums; }
.citeline-event.is-conflict .citeline-badge rect { stroke: var(--citeline-warn); fill: var(--citeline-warn-bg); }
.citeline-event.is-conflict .citeline-badge text { fill: var(--citeline-warn); }
.citeline-event.is-about .citeline-mark { stroke-dasharray: 2 2; }
.citeline-event:hover .citeline-label { fill: var(--citeline-accent); }
.citeline-event.is-selected .citeline-mark { fill: var(--citeline-accent); }
.citeline-event.is-selected .citeline-label { fill: var(--citeline-accent); text-decoration: underline; }
.citeline-label-bg { fill: var(--citeline-bg); }
.citeline-event.is-active .citeline-focus { stroke: var(--citeline-focus); stroke-width: 2; fill: none; }
.citeline-focus { fill: none; stroke: none; }
.citeline-chart:not(:focus-visible) .citeline-event.is-active:not(.is-selected) .citeline-focus { stroke: none; }
.citeline-chart.is-highlighting .citeline-event:not(.is-hl) { opacity: .28; }
.citeline-event.is-hl .citeline-mark { stroke: var(--citeline-highlight); }
.citeline-event.is-hl .citeline-bar { fill: var(--citeline-highlight); }
.citeline-cluster { cursor: zoom-in; }
.citeline-cluster rect { fill: var(--citeline-lane); stroke: var(--citeline-line); stroke-width: 1; }
.citeline-cluster text { font-size: 10.5px; font-weight: 650; fill: var(--citeline-muted); text-anchor: middle; font-variant-numeric: tabular-nums; }
.citeline-cluster line { stroke: var(--citeline-line); stroke-width: 1; }
.citeline-cluster:hover rect { stroke: var(--citeline-accent); }
.citeline-empty { font-size: 15px; fill: var(--citeline-muted); text-anchor: middle; }
.citeline-spine { stroke: var(--citeline-rule); stroke-width: 2; }
.citeline-vdate { font-size: 11.5px; font-weight: 600; fill: var(--citeline-muted); font-variant-numeric: tabular-nums; }
.citeline-details { position: absolute; top: 8px; right: 8px; width: min(380px, calc(100% - 16px)); max-height: calc(100% - 16px); overflow: auto; background: var(--citeline-panel); color: var(--citeline-ink); border-radius: 8px; box-shadow: var(--citeline-shadow); padding: 14px 16px 12px; font-size: 13.5px; }
.citeline-details.is-left { right: auto; left: 8px; }
.citeline-details[hidden] { display: none; }
.citeline--vertical .citeline-list li { grid-template-columns: 1fr; }
.citeline--vertical .citeline-details { position: static; width: auto; max-height: none; margin: 8px 0; box-shadow: none; border: 1px solid var(--citeline-rule); }
.citeline-details h3 { font-size: 16px; line-height: 1.3; margin: 0 28px 2px 0; }
.citeline-details-date { color: var(--citeline-muted); font-size: 12.5px; margin: 0 0 8px; }
.citeline-details-summary { margin: 0 0 10px; }
.citeline-close { position: absolute; top: 8px; right: 8px; width: 28px; height: 28px; border: 0; border-radius: 50%; background: transparent; color: var(--citeline-muted); font: 18px/1 var(--citeline-font); cursor: pointer; }
.citeline-close:hover { background: var(--citeline-lane); color: var(--citeline-ink); }
.citeline-note { margin: 0 0 10px; padding: 6px 10px; border-left: 3px solid var(--citeline-warn); background: var(--citeline-warn-bg); color: var(--citeline-ink); font-size: 12.5px; }
.citeline-citations { list-style: none; margin: 0; padding: 0; }
.citeline-citation { padding: 8px 0; border-top: 1px solid var(--citeline-rule); }
.citeline-source { font-weight: 650; }
.citeline-source a { color: var(--citeline-accent); text-decoration: underline; text-underline-offset: 2px; }
.citeline-publisher { color: var(--citeline-muted); }
.citeline-quote { margin: 4px 0 0; padding-left: 10px; border-left: 2px solid var(--citeline-rule); font-style: italic; }
.citeline-speaker { display: block; font-style: normal; color: var(--citeline-muted); font-size: 12.5px; }
.citeline-datetext { display: block; color: var(--citeline-muted); font-size: 12px; margin-top: 3px; }
.citeline-listview { margin-top: 16px; border-top: 1px solid var(--citeline-rule); padding-top: 8px; }
.citeline-listview h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--citeline-muted); margin: 0 0 6px; }
.citeline-list { list-style: none; margin: 0; padding: 0; }
.citeline-list li { display: grid; grid-template-columns: 13em 1fr; gap: 2px 12px; padding: 5px 0; border-bottom: 1px solid var(--citeline-rule); font-size: 13px; }
.citeline-list li.is-selected { background: var(--citeline-accent-soft); }
.citeline-list time { color: var(--citeline-muted); font-variant-numeric: tabular-nums; }
.citeline-list-title { font-weight: 600; }
.citeline-list-sources { grid-column: 2; color: var(--citeline-muted); font-size: 12px; }
.citeline-pager { display: flex; gap: 10px; align-items: center; margin-top: 8px; font-size: 12.5px; color: var(--citeline-muted); }
.citeline-pager button { font: inherit; color: var(--citeline-ink); background: transparent; border: 1px solid var(--citeline-rule); border-radius: 4px; padding: 2px 10px; cursor: pointer; }
.citeline-pager button:disabled { opacity: .4; cursor: default; }
.citeline-diagnostics { border: 1px solid var(--citeline-error); background: var(--citeline-error-bg); color: var(--citeline-ink); border-radius: 6px; padding: 10px 14px; margin: 0 0 10px; font-size: 13px; }
.citeline-diagnostics p { margin: 0 0 4px; font-weight: 650; color: var(--citeline-error); }
.citeline-diagnostics ul { margin: 0; padding-left: 18px; }
.citeline-diagnostics code { font-size: 12px; }
.citeline-live, .citeline-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.citeline button:focus-visible, .citeline a:focus-visible { outline: 2px solid var(--citeline-focus); outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) {
  .citeline-event, .citeline-cluster { transition: opacity .15s; }
}
@media print {
  .citeline { color: #000; background: #fff; }
  .citeline-legend, .citeline-pager, .citeline-close, .citeline-details { display: none !important; }
  .citeline-stage { break-inside: avoid; }
  .citeline-list li { break-inside: avoid; }
}
`;
