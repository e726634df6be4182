export function serve(
  root: string,
  options?: { port?: number; headers?: (pathname: string) => Record<string, string> },
): Promise<{ url: string; port: number; close(): Promise<void> }>;
