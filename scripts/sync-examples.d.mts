export function inlineJson(file: string): string;
export function syncPage(path: string): string;
export function pages(): string[];
