import { progressBar } from "../../src/cli/progress";
import { cliWordsOf } from "../../src/cli/lang";

/** A terminal as cli-progress draws on it: what was written, the cursor moves ignored. */
function terminal(): NodeJS.WriteStream & { text: () => string } {
  let written = "";
  const stream = {
    isTTY: true,
    columns: 120,
    write: (chunk: string) => {
      written += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
    text: () => written,
  };
  return stream as unknown as NodeJS.WriteStream & { text: () => string };
}

describe("the progress bar of a large file", () => {
  it("counts product rows while checking, with rows per second and the time left", async () => {
    const stream = terminal();
    const bar = progressBar(stream, 100_000, cliWordsOf("en").progress);
    bar.phase("checking", 100_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    bar.update(40_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    bar.stop();
    expect(stream.text()).toMatch(/Checking \[.*\] 40% \| 40000\/100000 rows \| \d+ rows\/s \| \S+ left/);
  });

  it("counts kilobytes while reading, without a rate of rows", async () => {
    const stream = terminal();
    const bar = progressBar(stream, 100_000, cliWordsOf("de").progress);
    bar.phase("reading", 15_000);
    bar.update(3_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    bar.stop();
    expect(stream.text()).toMatch(/Lesen \[.*\] 20% \| 3000\/15000 kB \| \S+ verbleibend/);
    expect(stream.text()).not.toMatch(/Zeilen\/s/);
  });

  it("is not drawn for a small file, nor when stderr is no terminal", () => {
    const small = terminal();
    progressBar(small, 100, cliWordsOf("en").progress).phase("checking", 100);
    const piped = { ...terminal(), isTTY: false } as unknown as NodeJS.WriteStream & { text: () => string };
    progressBar(piped, 100_000, cliWordsOf("en").progress).phase("checking", 100_000);
    expect(small.text()).toBe("");
    expect(piped.text()).toBe("");
  });
});
