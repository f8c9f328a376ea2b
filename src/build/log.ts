/**
 * The log of the steps after Astro: lines in Astro's own form (`12:34:56 [name] message`), so the
 * whole build reads as one log and the benchmark attributes each step's time to it.
 */
export type StepLog = { info: (message: string) => void; warn: (message: string) => void };

const clock = () => new Date().toTimeString().slice(0, 8);

export function stepLog(name: string): StepLog {
  return {
    info: (message) => console.log(`${clock()} [${name}] ${message}`),
    warn: (message) => console.warn(`${clock()} [WARN] [${name}] ${message}`),
  };
}
