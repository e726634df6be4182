// A live blog: 50 updates down one page, each with a short paragraph and a
// <cite-line> of the showcase data, as a news site would embed them. Every
// element fetches the same file (the browser's cache answers after the
// first), and each is drawn only when it comes near the viewport.
const COUNT = Number(new URLSearchParams(location.search).get("n") ?? 50);
const main = document.getElementById("blog");
for (let i = 1; i <= COUNT; i++) {
  const section = document.createElement("section");
  const h = document.createElement("h2");
  h.textContent = `Update ${i}`;
  const p = document.createElement("p");
  p.textContent =
    "Negotiators met again today. The timeline below sets out what each source reported, with the dates as they wrote them.";
  const el = document.createElement("cite-line");
  el.setAttribute("src", "../../data/kremlin-talks-2025.json");
  el.setAttribute("height", "360");
  section.append(h, p, el);
  main.append(section);
}
