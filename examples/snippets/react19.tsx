import type {} from "citeline/jsx"; // types <cite-line> in JSX
import "citeline/element";
import type { TimelineInput } from "citeline";
import { createRoot } from "react-dom/client";

const input: TimelineInput = { events: [{ title: "Vote", start: "2025-03-03" }] };

// React 19 sets `data` and `options` as properties of the element.
function Story() {
  return <cite-line data={input} options={{ locale: "en-GB" }} height="320" />;
}

createRoot(document.getElementById("root")!).render(<Story />);
