// The drafting desk: articles in, a draft timeline out. Uses the script-tag
// builds (globals `citeline` and `citelineDraft`) so the page opens from
// disk. Article text is untrusted: it only ever becomes text nodes and
// <mark> elements made with the DOM API, never markup.
const { draft, findDates, findQuotes, articleFromHtml } = citelineDraft;

const SAMPLES = [
  {
    title: "Exampleton council keeps library open on Sundays",
    published: "2031-03-05",
    text: [
      "EXAMPLETON (Example Wire) — The Exampleton town council voted on Tuesday (March 4) to keep the central " +
        "library open on Sundays, ending a month-long dispute over the 2031 budget.",
      "“We listened, and we changed the plan,” Mayor Bea Sample said after the vote. “The library stays open.”",
      "Treasurer Ada Example called the decision “affordable, just about” but warned that the pool would close " +
        "for repairs in June.",
      "The council will meet again on March 18 to adopt the final budget, according to the town clerk.",
    ].join("\n"),
  },
  {
    title: "Exampleton library saved from Sunday closure",
    published: "2031-03-05",
    text: [
      "Councillors in Exampleton voted on Tuesday to keep the town's library open on Sundays, after a petition " +
        "signed by 2,000 residents last week.",
      "After the vote, Mayor Bea Sample told the BBC: 'This is what the town asked for.'",
      "She added that the final budget would be adopted later this month.",
      "Library director Cy Example later thanked the residents who signed the petition.",
    ].join("\n"),
  },
];

const state = { articles: [], events: [], sources: [], chart: null, nextKey: 1, leftOut: 0 };
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function addArticle(article = { text: "", published: "", title: "" }) {
  state.articles.push({ key: state.nextKey++, ...article });
  renderArticles();
  redraft();
}

function renderArticles() {
  const list = $("articles");
  list.replaceChildren(...state.articles.map(articleItem));
}

function articleItem(article, i) {
  const id = `a${article.key}`;
  const view = el("div", {
    class: "article-view",
    id: `${id}-view`,
    role: "region",
    "aria-label": `Article ${i + 1}, its dates and quotations marked`,
  });
  const field = (label, input) => el("label", { class: "field" }, el("span", {}, label), input);
  const update = (key) => (e) => {
    article[key] = e.target.value;
    highlight(view, article);
    scheduleRedraft();
  };
  const title = el("input", { type: "text", value: article.title, oninput: update("title") });
  const published = el("input", {
    type: "text",
    value: article.published,
    placeholder: "2025-12-02",
    required: true,
    oninput: update("published"),
  });
  const text = el("textarea", { rows: 6, value: article.text, oninput: update("text") });
  text.value = article.text;
  const remove = el(
    "button",
    {
      type: "button",
      class: "link",
      onclick: () => {
        state.articles = state.articles.filter((a) => a !== article);
        renderArticles();
        redraft();
      },
    },
    `Remove article ${i + 1}`,
  );
  const item = el(
    "li",
    { class: "article", "data-article": String(article.key) },
    el("div", { class: "article-fields" }, field("Title (optional)", title), field("Published", published)),
    field("Text", text),
    view,
    remove,
  );
  highlight(view, article);
  return item;
}

/** Marks the dates and quotations of an article's text in `view`. */
function highlight(view, article) {
  const text = article.text;
  let dates = [];
  if (article.published.trim()) {
    try {
      dates = findDates(text, { published: article.published.trim() });
    } catch {
      dates = [];
    }
  }
  const quotes = findQuotes(text);
  const parts = quotes.flatMap((q) => q.parts.map((p) => ({ ...p, kind: "quote", tip: quoteTip(q) })));
  const marks = dates.map((d) => ({
    start: d.start,
    end: d.end,
    kind: `date ${d.type}${d.problems?.length ? " problem" : ""}`,
    tip: dateTip(d),
  }));
  const inside = (m, p) => m.start >= p.start && m.end <= p.end;
  const crosses = (m, p) => m.start < p.end && p.start < m.end && !inside(m, p);
  const free = marks.filter((m) => !parts.some((p) => inside(m, p) || crosses(m, p)));
  const top = [...parts, ...free].sort((a, b) => a.start - b.start);
  const nodes = [];
  let at = 0;
  for (const m of top) {
    if (m.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, m.start)));
    const mark = el("mark", { class: m.kind, title: m.tip });
    const inner = m.kind === "quote" ? marks.filter((d) => inside(d, m)) : [];
    let from = m.start;
    for (const d of inner) {
      const date = el("mark", { class: d.kind, title: d.tip }, text.slice(d.start, d.end));
      mark.append(document.createTextNode(text.slice(from, d.start)), date);
      from = d.end;
    }
    mark.append(document.createTextNode(text.slice(from, m.end)));
    nodes.push(mark);
    at = m.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  const counts = `${dates.filter((d) => d.type === "date").length} dates, ${quotes.length} quotations`;
  const summary = article.published.trim() ? counts : "Give a publication date to read its dates.";
  // The text scrolls inside its box: a tab stop lets a keyboard scroll it too.
  view.replaceChildren(
    el("p", { class: "article-counts" }, summary),
    el("div", { class: "article-text", tabindex: "0" }, ...nodes),
  );
}

function quoteTip(q) {
  if (!q.speaker) return `Quote, speaker unknown: ${q.reason ?? ""}`;
  return `Quote: ${q.speaker} (${q.verb ?? "no verb"}, confidence ${q.confidence})`;
}

function dateTip(d) {
  if (d.type !== "date") return `${d.type}: ${d.value}`;
  const problems = (d.problems ?? []).map((p) => ` Check: ${p.message}.`).join("");
  return `Date: ${d.when.iso} (read against ${d.anchor}).${problems}`;
}

let timer = 0;
function scheduleRedraft() {
  clearTimeout(timer);
  timer = setTimeout(redraft, 350);
}

/** Drafts again from the articles; decisions already taken on an event are kept when the same event comes back. */
function redraft() {
  const usable = state.articles.filter((a) => a.text.trim() && a.published.trim());
  const articles = usable.map((a) => ({
    text: a.text,
    published: a.published.trim(),
    ...(a.title.trim() ? { title: a.title.trim() } : {}),
  }));
  const { input, diagnostics, belowThreshold } = draft(articles, { minConfidence: Number($("threshold").value) });
  state.leftOut = belowThreshold.length;
  const before = new Map(state.events.map((e) => [e.key, e]));
  state.sources = input.sources ?? [];
  state.events = input.events.map((event) => {
    const key = `${event.citations[0].source}|${event.citations[0].dateText}|${event.title}`;
    const old = before.get(key);
    return { key, event, status: old?.status ?? "pending", title: old?.title ?? event.title, date: old?.date ?? "" };
  });
  renderEvents();
  drawChart(diagnostics.filter((d) => d.severity === "error").map((d) => d.message));
}

function renderEvents() {
  $("events").replaceChildren(...state.events.map((e, i) => eventItem(e, i)));
}

function eventItem(e, i) {
  const set = (key) => (ev) => {
    e[key] = ev.target.value;
    drawChart([]);
  };
  const decide = (status) => () => {
    e.status = e.status === status ? "pending" : status;
    renderEvents();
    drawChart([]);
  };
  const when = drafted(e.event);
  const dateInput = el("input", { type: "text", value: e.date, placeholder: when, oninput: set("date") });
  const said = (c) => (c.dateText ? `“${c.dateText}”` : "no date in the text");
  const cite = (c) => `${c.source}: ${said(c)}${c.speaker ? `, quoting ${c.speaker}` : ""}`;
  const cites = e.event.citations.map(cite).join(" · ");
  const field = (label, input) => el("label", { class: "field" }, el("span", {}, label), input);
  const button = (status, label) =>
    el("button", { type: "button", "aria-pressed": String(e.status === status), onclick: decide(status) }, label);
  return el(
    "li",
    { class: `draft-event ${e.status}`, "data-status": e.status },
    el("p", { class: "event-meta" }, `Event ${i + 1} · ${e.status} · confidence ${e.event.draft.confidence}`),
    field("Title", el("input", { type: "text", value: e.title, oninput: set("title") })),
    field(`Date (drafted: ${when})`, dateInput),
    el("p", { class: "event-cites" }, cites),
    // Why the rules drafted it ("no actor (passive)", "European leaders acts"): what the editor checks first.
    el("p", { class: "event-rule" }, `Why: ${e.event.draft.rule}`),
    el("p", { class: "desk-buttons" }, button("accepted", "Accept"), " ", button("rejected", "Reject")),
  );
}

/**
 * The drafted date of an event: its ISO date, hedged when the text gave none ("after 2031-03-04"), or where it
 * stands against another ("after: The council voted…").
 */
function drafted(event) {
  if (event.start && typeof event.start === "object") {
    const hedge = event.start.qualifier;
    return hedge === "about" || hedge === "before" || hedge === "after"
      ? `${hedge} ${event.start.iso}`
      : event.start.iso;
  }
  const other = state.events.find((x) => x.event.id === (event.after ?? event.before));
  return other ? `${event.after ? "after" : "before"}: ${other.title}` : "";
}

/** The timeline as the editor has it now: rejected events out, edits in, accepted events no longer drafts. */
function currentInput() {
  const kept = new Set(state.events.filter((e) => e.status !== "rejected").map((e) => e.event.id));
  const events = state.events
    .filter((e) => e.status !== "rejected")
    .map((e) => {
      const event = { ...e.event, title: e.title.trim() || e.event.title };
      if (e.date.trim()) event.start = e.date.trim();
      if (e.status === "accepted") delete event.draft;
      return event;
    })
    .filter((event) => {
      // An event placed only against a rejected one has no place left until the editor gives it a date.
      const anchor = event.after ?? event.before;
      return event.start !== undefined || anchor === undefined || kept.has(anchor);
    });
  return { sources: state.sources, events };
}

function drawChart(draftErrors) {
  const { timeline: data, diagnostics } = citeline.normalize(currentInput());
  const found = diagnostics.filter((d) => d.severity === "error").map((d) => `${d.path}: ${d.message}`);
  const errors = [...draftErrors, ...found];
  const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const left = state.leftOut ? ` (${state.leftOut} less sure left out)` : "";
  const what = `${count(data.events.length, "event")} in the draft from ${count(state.sources.length, "article")}${left}`;
  $("status").textContent = what + (errors.length ? `. Problems: ${errors.join("; ")}` : ".");
  if (state.chart) state.chart.update(data);
  else {
    state.chart = citeline.timeline(data, { height: 340 });
    $("chart").append(state.chart);
  }
}

function exportJson() {
  const input = { title: "Draft timeline", ...currentInput() };
  const blob = new Blob([`${JSON.stringify(input, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: "draft-timeline.json" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function readFiles(files) {
  for (const file of files) {
    const page = articleFromHtml(await file.text());
    addArticle({ text: page.text, published: page.published ?? "", title: page.title ?? file.name });
  }
}

$("add").addEventListener("click", () => addArticle());
$("sample").addEventListener("click", () => {
  state.articles = state.articles.filter((a) => a.text.trim());
  SAMPLES.forEach((s) => addArticle({ ...s }));
});
$("export").addEventListener("click", exportJson);
$("threshold").addEventListener("input", (e) => {
  $("threshold-value").textContent = Number(e.target.value).toFixed(2);
  scheduleRedraft();
});
$("files").addEventListener("change", (e) => readFiles([...e.target.files]));
const drop = $("drop");
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  readFiles([...e.dataTransfer.files]);
});
addArticle();
