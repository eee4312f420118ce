/** A logger for the gateway tests that keeps every warning line. */
export function capturedWarnings(): { logger: { info(message: string): void; warn(message: string): void }; lines: string[] } {
  const lines: string[] = [];
  return { logger: { info: () => {}, warn: (message: string) => lines.push(message) }, lines };
}
