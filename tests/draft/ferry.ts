// Three reports of one fictional ferry collision, written for these tests in
// the styles of a wire service (dateline, "said on Tuesday", guillemets), a
// broadcaster ("Mr Brekke", straight quotes, "quoted … as saying") and a
// live blog (time stamps, present tense). Much of what they tell has no
// actor ("an inquiry was opened", "the pier was closed") or a group for one
// ("European safety regulators criticised…"); some of it is detail or
// background that should not become an event.

/** Wire, published Wednesday 6 May 2026. */
export const ferryWire = {
  published: "2026-05-06",
  publisher: "Example Wire",
  title: "Two ferries collide in fog on Lake Varna",
  text: [
    "VARNHOLM, May 5 (Example Wire) - Two passenger ferries collided in thick fog on Lake Varna on Tuesday, " +
      "injuring 14 people, police said.",
    "“The fog came down in minutes,” harbour master Ola Brekke said on Tuesday. “Nobody could see the other boat.”",
    "An inquiry was opened by the transport ministry, and the older of the two vessels was withdrawn from service.",
    "Brekke called the collision “a warning we ignored” and said the radar on one ferry had been switched off.",
    "European safety regulators criticised Varna Ferries for failing to fit new radar.",
    "Transport Minister Ingrid Solberg will visit the lake on Thursday, her office said.",
    "“We will find out what went wrong,” the minister told reporters.",
    "Analysts said the crash would hurt tourism.",
    "Varna Ferries chief executive Lars Dahl said: «Safety is our first concern.»",
    "“We have nothing to hide,” he added.",
  ].join("\n"),
};

/** Broadcaster, published the same day. */
export const ferryBroadcast = {
  published: "2026-05-06",
  publisher: "Example Broadcasting",
  title: "Lake Varna ferry crash: inquiry opened",
  text: [
    "Lake Varna ferry crash: inquiry opened",
    "Two ferries collided in thick fog on Lake Varna on Tuesday evening.",
    "Fourteen people were taken to hospital.",
    "The Varnholm pier was closed to the public after the crash.",
    'Harbour master Ola Brekke said the fog had come down "in minutes".',
    '"Nobody could see the other boat," Mr Brekke said.',
    'Local newspaper Varna Posten quoted a ferry captain, Nils Haug, as saying: "The radar has been broken for weeks."',
    "The ferry has been inspected several times in the past year.",
  ].join("\n"),
};

/** Live blog, entries newest first under their time stamps. */
export const ferryLive = {
  published: "2026-05-05T18:00:00Z",
  publisher: "Example Live",
  title: "Live: Ferries collide on Lake Varna",
  text: [
    "Live: Ferries collide on Lake Varna",
    "17:15 BST",
    "Harbour master Ola Brekke tells reporters the fog came down in minutes: “You could not see your own hand.”",
    "“We heard the horns too late,” he says, “and then the crash.”",
    "16:50 BST",
    "Two ferries have collided near the Varnholm pier, the coastguard says.",
    "The pier was closed to the public.",
  ].join("\n"),
};
