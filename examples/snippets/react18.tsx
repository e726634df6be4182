import type {} from "citeline/jsx";
import "citeline/element";
import type { CiteLineElement, CiteLineEventMap, TimelineInput } from "citeline";
import { useEffect, useRef } from "react";
import { createRoot } from "react-dom/client";

const input: TimelineInput = { events: [{ title: "Vote", start: "2025-03-03" }] };

// React 18 would write data="[object Object]": set the property through a ref.
function Story({ data }: { data: TimelineInput }) {
  const ref = useRef<CiteLineElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.data = data;
    const onSelect = (e: CiteLineEventMap["select"]) => console.log(e.detail.event?.title);
    el.addEventListener("select", onSelect);
    return () => el.removeEventListener("select", onSelect);
  }, [data]);
  return <cite-line ref={ref} height="320" />;
}

createRoot(document.getElementById("root")!).render(<Story data={input} />);
