/**
 * Progress of a long CLI job (`kb ingest`, `seed`) for a person watching: one line on stderr,
 * rewritten in place, only when stderr is a terminal. Scripts and CI capture stdout and stderr
 * unchanged; the job's result stays on stdout.
 */
export interface Progress {
  /** `label done/total`, at most every 100 ms, and always the last step. */
  update(label: string, done: number, total: number): void;
  /** A step without a count ("seeding training paths…"). */
  note(text: string): void;
  /** Clears the line, so the result printed next stands alone. */
  done(): void;
}

const quiet: Progress = { update() {}, note() {}, done() {} };

export function progressOnTerminal(stream: { isTTY?: boolean; write(text: string): boolean } = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return quiet;
  let shown = false;
  let last = 0;
  const show = (text: string) => {
    stream.write(`\r\x1b[2K${text}`);
    shown = true;
  };
  return {
    update(label, done, total) {
      if (done < total && now() - last < 100) return;
      last = now();
      show(`${label} ${done}/${total}`);
    },
    note: (text) => show(text),
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
