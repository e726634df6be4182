/**
 * The stylesheet of citeline, as text: the figure injects it once into the
 * document head, the `<cite-line>` element puts it in its shadow root and
 * the build writes it to dist/citeline.css. Every colour and size is a
 * `--citeline-*` custom property so pages can theme it: the rules read
 * private `--cl-*` aliases that fall back to the theme's value only where
 * the page sets no `--citeline-*` of its own, so a page's value, set on any
 * ancestor, wins through the shadow root of `<cite-line>` and in both themes.
 */

/** The label font; canvas measurement uses the same string so layout matches rendering. */
export const labelFont = `500 12.5px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

// The themes' colours: each `--cl-*` alias reads the page's `--citeline-*`
// first, then the light or the dark theme's value (one table, so the two
// themes cannot drift apart in which properties they set).
const PALETTE: readonly [name: string, light: string, dark: string][] = [
  ["bg", "#fff", "#16181c"],
  ["ink", "#1b1c1e", "#eceef1"],
  ["muted", "#5f6368", "#a9aeb6"],
  ["faint", "#6f747b", "#979da6"],
  ["line", "#b4b8be", "#4c525a"],
  ["rule", "#e6e7ea", "#2e3238"],
  ["lane", "#f7f7f8", "#1c1f24"],
  ["accent", "#1c5d99", "#7cb4ea"],
  ["accent-soft", "rgba(28,93,153,.14)", "rgba(124,180,234,.2)"],
  ["highlight", "#c2410c", "#f59e5b"],
  ["warn", "#a14e00", "#f5b759"],
  ["warn-bg", "#fff4e5", "#33270f"],
  ["error", "#b3261e", "#f28b82"],
  ["error-bg", "#fdecea", "#3a1d1b"],
  ["panel", "#fff", "#202328"],
  ["shadow", "0 6px 24px rgba(20,24,31,.14),0 1px 3px rgba(20,24,31,.08)", "0 6px 24px rgba(0,0,0,.5)"],
  ["focus", "#1c5d99", "#9cc8f2"],
];
const palette = (theme: 1 | 2): string =>
  PALETTE.map((c) => `--cl-${c[0]}:var(--citeline-${c[0]},${c[theme]});`).join("");
const light = /*#__PURE__*/ palette(1);
const dark = /*#__PURE__*/ palette(2);

const font = `
  --cl-font: var(--citeline-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);`;

/**
 * Rules for citeline/server's static HTML alone (`.citeline--static`): its
 * chart keeps its drawn width and scrolls, and a container under 560 px
 * shows the list alone. Before any script runs that markup is styled by the
 * page's copy of the stylesheet (`stylesheet` from the npm package, or
 * dist/citeline.css), so the script tag's build, whose charts are all live,
 * leaves these out (see rollup.config.mjs).
 */
const STATIC = `
.citeline--static { container-type: inline-size; }
.citeline--static .citeline-stage { overflow-x: auto; }
.citeline--static .citeline-chart { width: auto; }
@container (max-width: 559px) {
  .citeline--static.citeline--horizontal .citeline-stage { display: none; }
  .citeline--static .citeline-list li { grid-template-columns: 1fr; }
  .citeline--static .citeline-list li > * { grid-column: 1; }
  .citeline--static .citeline-legend-group:not(:first-child) { display: none; }
}
`;

/**
 * The CSS text of citeline. A chart saved alone (`citeline render -o x.svg`)
 * has no `.citeline` figure around it: its root `<svg>` (`:root`, so never a
 * chart inside a page) defines the same variables and follows the reader's
 * colour scheme like the default theme, alone and as an `<img>`; its
 * `width: auto` keeps the size it was drawn at, which 100% would stretch.
 */
export const stylesheet = `
.citeline, :root.citeline-chart {${light}${font} }
.citeline {
  margin: 0; padding: 0; color: var(--cl-ink); background: var(--cl-bg);
  font: 14px/1.45 var(--cl-font); position: relative; min-width: 0;
}
:root.citeline-chart { width: auto; color: var(--cl-ink); background: var(--cl-bg); }
.citeline--dark {${dark} }
@media (prefers-color-scheme: dark) { .citeline--auto, :root.citeline-chart {${dark} } }
.citeline *, .citeline *::before, .citeline *::after { box-sizing: border-box; }
.citeline-caption { padding: 0 0 6px; }
.citeline-title { display: block; font-size: 19px; line-height: 1.25; font-weight: 700; letter-spacing: -.01em; }
.citeline-description { display: block; color: var(--cl-muted); margin-top: 2px; font-size: 13.5px; line-height: 1.4; max-width: 120ch; }
.citeline-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline; margin: 6px 0 0; font-size: 12px; color: var(--cl-muted); }
.citeline-legend-group { display: flex; flex-wrap: wrap; gap: 4px; align-items: baseline; }
.citeline-legend-name { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--cl-faint); margin-right: 2px; }
.citeline-chip { font: inherit; color: var(--cl-ink); background: transparent; border: 1px solid var(--cl-faint); border-radius: 999px; padding: 0 8px; cursor: pointer; line-height: 1.6; max-width: 100%; white-space: nowrap; text-align: left; }
.citeline-chip-text { display: inline-block; max-width: 14em; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
.citeline-key { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; color: var(--cl-muted); }
.citeline-conflict-icon { display: inline-block; flex: none; vertical-align: -2px; margin-right: 5px; overflow: visible; fill: var(--cl-warn-bg); stroke: var(--cl-warn); stroke-width: 2; stroke-linejoin: round; }
.citeline-key .citeline-conflict-icon { margin-right: 0; }
.citeline-chip:hover { border-color: var(--cl-highlight); }
.citeline-chip[aria-pressed="true"] { background: var(--cl-ink); color: var(--cl-bg); border-color: var(--cl-ink); }
.citeline-chip .citeline-chip-count { color: var(--cl-faint); margin-left: 4px; font-variant-numeric: tabular-nums; }
.citeline-chip[aria-pressed="true"] .citeline-chip-count { color: inherit; opacity: .75; }
.citeline-stage { position: relative; }
.citeline-chart { display: block; width: 100%; overflow: visible; font-family: var(--cl-font); touch-action: pan-y; -webkit-user-select: none; user-select: none; cursor: grab; outline: none; direction: ltr; }
.citeline-chart:active { cursor: grabbing; }
.citeline-chart:focus-visible .citeline-frame { stroke: var(--cl-focus); stroke-width: 2; }
.citeline-frame { fill: none; stroke: transparent; }
.citeline-lane-label { font-size: 11px; font-weight: 650; letter-spacing: .07em; text-transform: uppercase; fill: var(--cl-muted); paint-order: stroke; stroke: var(--cl-bg); stroke-width: 4px; stroke-linejoin: round; pointer-events: none; }
.citeline-lane-rule { stroke: var(--cl-rule); stroke-width: 1; shape-rendering: crispEdges; }
.citeline-baseline { stroke: var(--cl-line); stroke-width: 1; shape-rendering: crispEdges; }
.citeline-axis { color: var(--cl-muted); font-size: 11px; }
.citeline-axis .domain { display: none; }
.citeline-axis .tick line { stroke: var(--cl-rule); shape-rendering: crispEdges; }
.citeline-axis .tick text { fill: var(--cl-muted); font-variant-numeric: tabular-nums; }
.citeline-density { fill: var(--cl-accent); opacity: .35; }
.citeline-event { cursor: pointer; }
.citeline-mark { fill: var(--cl-bg); stroke: var(--cl-accent); stroke-width: 2; }
.citeline-bar { fill: var(--cl-accent); opacity: .85; }
.citeline-span:not(.citeline-fade) { fill: var(--cl-accent-soft); }
.citeline-fade-stop { stop-color: var(--cl-accent); }
.citeline-stem { stroke: var(--cl-line); stroke-width: 1; }
.citeline-span, .citeline-stem, .citeline-focus { pointer-events: none; }
.citeline-label { font-size: 12.5px; font-weight: 500; fill: var(--cl-ink); }
.citeline-badge rect { fill: var(--cl-bg); stroke: var(--cl-muted); stroke-width: 1; }
.citeline-badge text { font-size: 11px; font-weight: 650; fill: var(--cl-muted); text-anchor: middle; font-variant-numeric: tabular-nums; }
.citeline-event.is-conflict .citeline-badge rect { stroke: var(--cl-warn); fill: var(--cl-warn-bg); }
.citeline-event.is-conflict .citeline-badge text { fill: var(--cl-warn); }
.citeline-event.is-conflict .citeline-mark { stroke: var(--cl-warn); fill: var(--cl-warn-bg); stroke-linejoin: round; }
.citeline-era-band { fill: var(--cl-lane); }
.citeline-era.is-odd .citeline-era-band { fill: var(--cl-accent-soft); fill-opacity: .45; }
.citeline-era-edge { stroke: var(--cl-line); stroke-dasharray: 3 3; shape-rendering: crispEdges; }
.citeline-era-label { font-size: 11px; font-weight: 650; letter-spacing: .02em; fill: var(--cl-muted); }
.citeline-era-heading { font-size: 12px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; fill: var(--cl-ink); }
.citeline-thumb { pointer-events: none; }
.citeline-gesture-hint { position: absolute; left: 50%; top: min(50%, 160px); transform: translate(-50%, -50%); padding: 8px 14px; border-radius: 6px; background: var(--cl-ink); color: var(--cl-bg); font-size: 14px; font-weight: 600; pointer-events: none; opacity: 0; white-space: nowrap; }
.citeline-gesture-hint.is-shown { opacity: .92; }
.citeline-event.is-about .citeline-mark { stroke-dasharray: 2 2; }
.citeline-event:hover .citeline-label { fill: var(--cl-accent); }
.citeline-event.is-selected .citeline-mark { fill: var(--cl-accent); }
.citeline-event.is-selected .citeline-label { fill: var(--cl-accent); text-decoration: underline; }
.citeline-label-bg { fill: var(--cl-bg); }
.citeline-event.is-active .citeline-focus { stroke: var(--cl-focus); stroke-width: 2; }
.citeline-focus { fill: none; stroke: none; }
.citeline-chart:not(:focus-visible) .citeline-event.is-active:not(.is-selected) .citeline-focus { stroke: none; }
.citeline-chart.is-highlighting .citeline-event:not(.is-hl) { opacity: .28; }
.citeline-event.is-hl .citeline-mark { stroke: var(--cl-highlight); }
.citeline-event.is-hl .citeline-bar { fill: var(--cl-highlight); }
.citeline-cluster { cursor: zoom-in; }
.citeline-cluster rect { fill: var(--cl-lane); stroke: var(--cl-line); stroke-width: 1; }
.citeline-cluster text { font-size: 11px; font-weight: 650; fill: var(--cl-muted); text-anchor: middle; font-variant-numeric: tabular-nums; }
.citeline-cluster-extent { fill: none; stroke: var(--cl-line); }
.citeline-cluster:hover rect { stroke: var(--cl-accent); }
.citeline-cluster .citeline-hit { fill: var(--cl-muted); fill-opacity: .14; stroke: none; }
.citeline-stack { cursor: zoom-in; }
.citeline-members { position: absolute; z-index: 2; max-width: min(360px, calc(100% - 16px)); max-height: 240px; overflow: auto; background: var(--cl-panel); color: var(--cl-ink); border-radius: 6px; box-shadow: var(--cl-shadow); padding: 4px; font-size: 13px; }
.citeline-members-list { list-style: none; margin: 0; padding: 0; }
.citeline-members-item { font: inherit; color: inherit; background: none; border: 0; border-radius: 4px; padding: 5px 8px; width: 100%; text-align: left; cursor: pointer; }
.citeline-members-item:hover, .citeline-members-item:focus-visible { background: var(--cl-accent-soft); }
.citeline-stack rect { fill: var(--cl-accent); stroke: var(--cl-bg); stroke-width: 1.5; }
.citeline-stack text { font-size: 11px; font-weight: 700; fill: var(--cl-bg); text-anchor: middle; font-variant-numeric: tabular-nums; pointer-events: none; }
.citeline-empty { font-size: 15px; fill: var(--cl-muted); text-anchor: middle; }
.citeline-spine { stroke: var(--cl-rule); stroke-width: 2; }
.citeline-vdate { font-size: 11.5px; font-weight: 650; fill: var(--cl-muted); font-variant-numeric: tabular-nums; }
.citeline-hit { fill: transparent; }
${STATIC}.citeline--vertical .citeline-chart { cursor: pointer; touch-action: auto; }
.citeline-stage.is-side { display: grid; column-gap: 16px; align-items: start; }
.citeline-details { display: flex; flex-direction: column; max-height: min(480px, 70vh); margin: 8px 0; background: var(--cl-panel); color: var(--cl-ink); border: 1px solid var(--cl-rule); border-radius: 8px; font-size: 13.5px; }
.citeline-stage.is-side .citeline-details { position: sticky; top: 8px; margin: 0; box-shadow: var(--cl-shadow); }
.citeline-details.is-sheet { position: fixed; z-index: 20; left: 0; right: 0; bottom: 0; max-height: 60vh; margin: 0; border-width: 1px 0 0; border-radius: 12px 12px 0 0; box-shadow: var(--cl-shadow); }
.citeline-details:focus { outline: none; }
.citeline-details:focus-visible { outline: 2px solid var(--cl-focus); outline-offset: -2px; }
.citeline-details-head { flex: none; position: relative; padding: 12px 48px 6px 16px; border-bottom: 1px solid var(--cl-rule); }
.citeline-details-body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; padding: 10px 16px 12px; }
.citeline-details-body:focus-visible { outline: 2px solid var(--cl-focus); outline-offset: -2px; }
.citeline-details[hidden] { display: none; }
.citeline--vertical .citeline-list li { grid-template-columns: 1fr; }
.citeline--vertical .citeline-list-summary, .citeline--vertical .citeline-list-citations { grid-column: 1; }
.citeline--vertical .citeline-legend-group:not(:first-child) { display: none; }
.citeline-details h2 { font-size: 16px; line-height: 1.3; margin: 0 0 2px; }
.citeline-details-date { color: var(--cl-muted); font-size: 12.5px; margin: 0 0 4px; }
.citeline-details-summary { margin: 0 0 10px; }
.citeline-close { position: absolute; top: 6px; right: 6px; width: 40px; height: 40px; border: 0; border-radius: 50%; background: transparent; color: var(--cl-muted); font: 22px/1 var(--cl-font); cursor: pointer; }
.citeline-close:hover { background: var(--cl-lane); color: var(--cl-ink); }
.citeline-note { margin: 0 0 10px; padding: 6px 10px; border-left: 3px solid var(--cl-warn); background: var(--cl-warn-bg); color: var(--cl-ink); font-size: 12.5px; }
.citeline-citations { list-style: none; margin: 0; padding: 0; }
.citeline-citation { padding: 8px 0; border-top: 1px solid var(--cl-rule); }
.citeline-source-line { display: block; font-size: 11.5px; font-weight: 650; letter-spacing: .05em; text-transform: uppercase; color: var(--cl-muted); }
.citeline-published { font-weight: 500; letter-spacing: 0; text-transform: none; font-variant-numeric: tabular-nums; }
.citeline-source { display: block; font-weight: 650; line-height: 1.3; }
.citeline-source a { color: var(--cl-accent); text-decoration: underline; text-underline-offset: 2px; }
.citeline-publisher { color: var(--cl-muted); }
.citeline-quote-figure { margin: 8px 0 4px; }
.citeline-quote { margin: 0; padding: 1px 0 1px 12px; border-left: 3px solid var(--cl-accent); font: 15px/1.42 Georgia, "Times New Roman", serif; color: var(--cl-ink); }
.citeline-quote p { margin: 0; }
.citeline-speaker { display: block; margin: 3px 0 0 15px; font-style: normal; color: var(--cl-muted); font-size: 12.5px; }
.citeline-datetext { display: block; color: var(--cl-muted); font-size: 12.5px; margin-top: 4px; }
.citeline-datetext time, .citeline-conflict-date time { color: var(--cl-ink); font-weight: 600; }
.citeline-weekday { display: block; color: var(--cl-warn); font-size: 12.5px; font-weight: 600; }
.citeline-editor-note { display: block; margin-top: 6px; padding: 5px 8px; border-radius: 4px; background: var(--cl-lane); color: var(--cl-ink); font-size: 12.5px; }
.citeline-note-label { font-size: 11px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: var(--cl-muted); }
.citeline-nosource { margin: 6px 0 0; color: var(--cl-muted); font-size: 12.5px; font-style: italic; }
.citeline-conflict { margin: 0 0 10px; padding: 7px 10px; border: 1px solid var(--cl-warn); border-left-width: 4px; border-radius: 4px; background: var(--cl-warn-bg); color: var(--cl-ink); font-size: 13px; }
.citeline-conflict-title { margin: 0; font-weight: 650; }
.citeline-conflict-list { margin: 3px 0 0; padding-left: 18px; }
.citeline-conflict-source { font-weight: 600; }
.citeline-conflict .citeline-weekday { display: inline; }
.citeline-arrow { color: var(--cl-muted); }
.citeline-media-list { display: grid; gap: 10px; margin: 0 0 10px; }
.citeline-media { margin: 0; min-width: 0; }
.citeline-media-image { display: block; max-width: 100%; height: auto; max-height: 260px; border-radius: 4px; background: var(--cl-lane); }
.citeline-media-video { display: block; width: 100%; max-height: 260px; border-radius: 4px; background: #000; }
.citeline-media-audio { display: block; width: 100%; }
.citeline-media-caption { margin-top: 4px; font-size: 12.5px; color: var(--cl-muted); }
.citeline-media-text { display: block; color: var(--cl-ink); }
.citeline-media-credit { display: block; font-size: 11.5px; }
.citeline-media a { color: var(--cl-accent); }
.citeline-embed { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; padding: 12px; border: 1px solid var(--cl-line); border-radius: 6px; background: var(--cl-lane); font-size: 12.5px; color: var(--cl-muted); }
.citeline-embed-load { font: inherit; font-weight: 650; color: var(--cl-bg); background: var(--cl-accent); border: 0; border-radius: 4px; padding: 6px 12px; cursor: pointer; }
.citeline-embed.is-loaded { padding: 0; border: 0; background: none; }
.citeline-embed-frame { display: block; width: 100%; aspect-ratio: 16 / 9; border: 0; border-radius: 4px; background: var(--cl-lane); }
.citeline-listview { margin-top: 10px; border-top: 1px solid var(--cl-rule); }
.citeline-listview-summary { padding: 8px 0; font-size: 13px; font-weight: 600; color: var(--cl-muted); cursor: pointer; }
.citeline-listview-summary:hover { color: var(--cl-ink); }
.citeline-list { list-style: none; margin: 0; padding: 0; }
.citeline-list li { display: grid; grid-template-columns: 13em 1fr; gap: 2px 12px; padding: 5px 0; border-bottom: 1px solid var(--cl-rule); font-size: 13px; }
.citeline-list li.is-selected { background: var(--cl-accent-soft); }
.citeline-list time { color: var(--cl-muted); font-variant-numeric: tabular-nums; }
.citeline-list-title { font-weight: 600; }
button.citeline-list-title { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; text-align: left; cursor: pointer; }
button.citeline-list-title:hover { color: var(--cl-accent); text-decoration: underline; }
.citeline-list-summary { grid-column: 2; margin: 2px 0 0; color: var(--cl-ink); }
.citeline-list-citations { grid-column: 2; list-style: none; margin: 2px 0 0; padding: 0; color: var(--cl-muted); font-size: 12px; }
.citeline-list-citations .citeline-citation { display: block; padding: 2px 0; border: 0; }
.citeline-list-citations .citeline-source-line, .citeline-list-citations .citeline-source { display: inline; font-size: inherit; }
.citeline-list-citations .citeline-source-line::after { content: " · "; }
.citeline-list-citations .citeline-quote-figure, .citeline-list-citations .citeline-quote, .citeline-list-citations .citeline-quote p { display: inline; margin: 0; padding: 0; border: 0; font: inherit; color: var(--cl-ink); }
.citeline-list-citations .citeline-quote-figure { margin-left: 6px; }
.citeline-list-citations .citeline-speaker { display: inline; margin-left: 4px; font-size: inherit; }
.citeline-list-citations .citeline-datetext, .citeline-list-citations .citeline-weekday { display: inline; margin-left: 6px; font-size: inherit; }
.citeline-list-citations .citeline-editor-note { display: inline; margin-left: 6px; padding: 0; background: none; font-size: inherit; color: var(--cl-muted); }
.citeline-list .citeline-conflict, .citeline-list .citeline-nosource { grid-column: 2; margin: 4px 0 0; }
.citeline-list .citeline-conflict li { display: list-item; padding: 0; border: 0; font-size: inherit; }
.citeline-list-era { grid-column: 1 / -1; margin: 8px 0 2px; font-size: 12px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: var(--cl-ink); }
.citeline-eras { list-style: none; margin: 2px 0 8px; padding: 0; font-size: 12.5px; color: var(--cl-muted); }
.citeline-pager { display: flex; gap: 10px; align-items: center; margin-top: 8px; font-size: 12.5px; color: var(--cl-muted); }
.citeline-pager button { font: inherit; color: var(--cl-ink); background: transparent; border: 1px solid var(--cl-rule); border-radius: 4px; padding: 2px 10px; cursor: pointer; }
.citeline-pager button:disabled { opacity: .4; cursor: default; }
.citeline-diagnostics { border: 1px solid var(--cl-error); background: var(--cl-error-bg); color: var(--cl-ink); border-radius: 6px; padding: 10px 14px; margin: 0 0 10px; font-size: 13px; }
.citeline-diagnostics p { margin: 0 0 4px; font-weight: 650; color: var(--cl-error); }
.citeline-diagnostics ul { margin: 0; padding-left: 18px; }
.citeline-diagnostics code { font-size: 12px; }
.citeline-live, .citeline-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.citeline button:focus-visible, .citeline a:focus-visible { outline: 2px solid var(--cl-focus); outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) {
  .citeline-event, .citeline-cluster { transition: opacity .15s; }
  .citeline-gesture-hint { transition: opacity .2s; }
}
@media print {
  .citeline { color: #000; background: #fff; }
  .citeline-legend-group, .citeline-pager, .citeline-close, .citeline-details, .citeline-gesture-hint { display: none !important; }
  .citeline-stage { display: block !important; }
  .citeline-era-band { fill: #f1f1f1; }
  .citeline-era.is-odd .citeline-era-band { fill: #e4e4e4; fill-opacity: 1; }
  .citeline-conflict, .citeline-conflict-icon, .citeline-event.is-conflict .citeline-mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* Paper is white whatever the screen's theme: print in the light theme's colours (two classes outrank --dark). */
  .citeline.citeline {${light} }
  .citeline-stage { break-inside: avoid; }
  .citeline-list li { break-inside: avoid; }
}
`;
