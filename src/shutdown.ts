/**
 * Resources that outlive a command (the text-extraction worker) register a closer here; the CLI runs them
 * when the command is done, so the process ends as soon as its work does.
 */
const closers = new Set<() => Promise<void>>();

export function onShutdown(close: () => Promise<void>): void {
  closers.add(close);
}

export async function shutdown(): Promise<void> {
  const pending = [...closers];
  closers.clear();
  await Promise.allSettled(pending.map((close) => close()));
}
