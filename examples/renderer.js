// Development page for the renderer's browser tests; it opens from disk or over http. Query parameters:
//   ?data=showcase (default) | synthetic   &n=1000   &width=380   &theme=dark
// No inline script, so it runs under a strict Content-Security-Policy.
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var host = document.getElementById("chart");
  var status = document.getElementById("status");
  var width = params.get("width");
  if (width) host.style.maxWidth = width + "px";

  function synthetic(n) {
    var x = 1;
    function rand() {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    }
    var t0 = Date.UTC(2024, 0, 1),
      span = 2 * 365 * 864e5,
      events = [];
    for (var k = 0; k < n; k++) {
      var t = t0 + Math.floor((rand() * span) / 6e4) * 6e4;
      var e = {
        id: "e" + k,
        title: "Event " + k + " " + ["talks", "statement", "visit", "report"][k % 4],
        start: new Date(t).toISOString().slice(0, 16) + "Z",
        group: "g" + (k % 4),
        citations: ["wire"],
      };
      if (rand() < 0.3) e.end = new Date(t + Math.floor(rand() * 5 * 864e5)).toISOString().slice(0, 16) + "Z";
      events.push(e);
    }
    return {
      title: n.toLocaleString("en-US") + " synthetic events",
      groups: [0, 1, 2, 3].map(function (g) {
        return { id: "g" + g, label: "Group " + g };
      }),
      sources: [{ id: "wire", title: "Wire", publisher: "Wire Service", url: "https://example.org/" }],
      events: events,
    };
  }

  function draw(data) {
    var t = performance.now();
    var chart = citeline.timeline(data, { theme: params.get("theme") || "auto" });
    host.append(chart);
    window.chart = chart;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        status.textContent =
          "Rendered " + data.events.length + " events in " + Math.round(performance.now() - t) + " ms.";
        document.body.setAttribute("data-ready", "true");
      });
    });
  }

  // The showcase travels inside the page, so it draws opened from disk too (file:// may not fetch).
  if (params.get("data") === "synthetic") draw(synthetic(Number(params.get("n") || 1000)));
  else draw(JSON.parse(document.getElementById("showcase").textContent));
})();
