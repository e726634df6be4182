// Articles the project wrote for these tests (fictional events, people and
// places), in the styles of a wire service and a broadcaster, with the traps
// of real copy: a quotation broken by its attribution, fragments quoted
// inside the writer's sentence, pronouns, several speakers, "Tuesday (Dec 2)",
// "earlier on Monday", "last week".

/** Wire style, published Wednesday 3 December 2025. */
export const wire = {
  published: "2025-12-03",
  publisher: "Example Wire",
  title: "Alpine states agree to share river data after two-year dispute",
  text: [
    "GENEVA (Example Wire) — Water ministers from four Alpine countries agreed on Tuesday (Dec 2) to share river " +
      "data in real time, ending a dispute that had stalled the Rhône compact for two years.",
    "“We are not there yet,” Swiss Environment Minister Anna Keller said after the signing. “The work goes on.”",
    "Keller called the agreement “a useful first step” but said funding remained unsettled.",
    "“Nobody leaves this room with everything they wanted,” said Italian negotiator Marco Bellini, " +
      "who chaired the final session.",
    "The data will be public “within hours” of each reading, according to Marco Bellini.",
    "The deal follows a flood on Nov. 14 that damaged bridges in three valleys, according to the regional authority.",
    "Keller's aide Tomas Brunner said the text ran to 40 pages. “Every page was fought over,” the aide said.",
  ].join("\n"),
};

/** Broadcaster style (single quotation marks, present tense), published the same day. */
export const broadcaster = {
  published: "2025-12-03",
  publisher: "Example Broadcasting",
  title: "Alpine countries agree river data deal",
  text: [
    "Alpine countries agree river data deal",
    "Four Alpine countries have agreed to share river data in real time after talks in Geneva on Tuesday.",
    "After the talks, Swiss minister Anna Keller told the programme the deal was 'a useful first step'.",
    "Officials will brief the regional parliaments ahead of the signing.",
    "'Nobody gets everything they wanted,' she added.",
    "Earlier on Monday, hundreds of campaigners marched through the city to demand faster action on flood defences.",
    "Last week, the regional authority published a report on the November floods.",
  ].join("\n"),
};

/** Wire style with straight quotation marks, published Thursday 4 December 2025. */
export const followUp = {
  published: "2025-12-04",
  publisher: "Example Wire",
  text: [
    "Regional authority spokesman Luc Martin said repairs to the damaged bridges would take months.",
    '"The bridges will reopen in January," Martin told reporters on Wednesday. "We won\'t wait for the spring."',
    'A ministry official, who asked not to be named, said the cost was "higher than anyone hoped."',
    'The river "remembers everything", the old saying goes.',
    "Claire Dubois, the mayor of the valley town of Sion-le-Bas, said: «We will rebuild the footbridge first.»",
  ].join("\n"),
};
