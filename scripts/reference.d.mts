/** docs/reference.md as the current source makes it. */
export function reference(): string;
