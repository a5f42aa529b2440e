// A pause until the next task, so input, paint and progress messages get their turn in the middle of long work.
// A message to itself rather than setTimeout(0): browsers hold back a timeout nested five deep by at least 4 ms,
// which a read or check that pauses hundreds of times would pay in full.

/** The part of a message channel used here, typed once for the page, a worker and Node (the unit tests). */
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: null): void;
  close(): void;
}
const { MessageChannel } = globalThis as unknown as { MessageChannel: new () => { port1: Port; port2: Port } };

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
