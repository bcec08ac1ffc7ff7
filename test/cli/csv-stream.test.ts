import * as v8 from "node:v8";
import * as vm from "node:vm";
import fc from "fast-check";
import { type CellValue, NumberEvidenceTally } from "../../src/sheet";
import {
  type CsvEncoding,
  CsvDecoder,
  CsvEncodingSniffer,
  CsvProblem,
  CsvRowReader,
  type Separator,
  csvCells,
  csvNumberEvidence,
  decodeText,
  detectSeparator,
  headerWidth,
  parseCsvFrom,
  readCsvCells,
  valueBeyondHeader,
  valuesBeyondHeader,
} from "../../src/cli/csv";

/**
 * A CSV file read a chunk at a time reads exactly as the whole file in one go: the same encoding, the same text,
 * the same rows on the same lines, the same refusals, however the file is cut into chunks; and the reader keeps
 * no more than the row it is in, however long a field grows.
 */

/** Excel holds at most this many characters in a cell (csv.ts refuses longer fields). */
const MAX_CELL_LENGTH = 32_767;

/** `whole` cut at `points` (any numbers: taken modulo its length + 1, sorted; repeated points give empty chunks). */
function cutAt<T extends string | Uint8Array>(whole: T, points: readonly number[]): T[] {
  const at = [...points.map((point) => point % (whole.length + 1)), whole.length].sort((a, b) => a - b);
  let from = 0;
  return at.map((to) => {
    const chunk = whole.slice(from, to) as T;
    from = to;
    return chunk;
  });
}

/** `whole` in consecutive chunks of `sizes` characters, the sizes taken in turn. */
function cutEvery(whole: string, sizes: readonly number[]): string[] {
  const chunks: string[] = [];
  for (let from = 0, turn = 0; from < whole.length; turn++) {
    const size = sizes[turn % sizes.length];
    chunks.push(whole.slice(from, from + size));
    from += size;
  }
  return chunks;
}

const cutPoints = fc.array(fc.nat({ max: 1_000_000 }), { maxLength: 24 });

// ---------------------------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Whether the bytes read as Chinese text in GBK: every byte from 0x80 on a lead 0x81–0xFE with a trail 0x40–0xFE
 * but 0x7F, at least 4 of the pairs GB2312 characters (lead 0xA1–0xF7, trail from 0xA1), and no more than one in ten not.
 */
function gbkText(bytes: Uint8Array): boolean {
  const pairs =
    Buffer.from(bytes)
      .toString("latin1")
      .match(/[\x80-\xff][\s\S]?/g) ?? [];
  const valid = (pair: string) => /^[\x81-\xfe][\x40-\x7e\x80-\xfe]$/.test(pair);
  const hanzi = pairs.filter((pair) => /^[\xa1-\xf7][\xa1-\xfe]$/.test(pair)).length;
  return pairs.every(valid) && hanzi >= 4 && (pairs.length - hanzi) * 10 <= hanzi;
}

/**
 * The rule decodeText applies to the whole file: UTF-16 by its BOM, else UTF-8 if every byte is, else GBK if the
 * bytes are Chinese text in it, else Windows-1252.
 */
function wholeFileEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return gbkText(bytes) ? "gbk" : "windows-1252";
  }
}

/** A byte read on its own: Windows-1252 reads each byte alone (a lone byte ≥ 0x80 is not UTF-8). */
const byteAlone = (byte: number) => decodeText(Uint8Array.of(byte));

/** The text of the whole file by the rules: without BOM (UTF-8 drops one more U+FEFF), a last odd UTF-16 byte left out. */
function wholeFileText(bytes: Uint8Array): string {
  const encoding = wholeFileEncoding(bytes);
  if (encoding === "windows-1252") return Array.from(bytes, byteAlone).join("");
  if (encoding === "gbk") return new TextDecoder("gbk").decode(bytes);
  if (encoding === "utf-8")
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  const units = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
  return (encoding === "utf-16le" ? units : units.swap16()).toString("utf16le");
}

function sniffed(chunks: readonly Uint8Array[]): CsvEncoding {
  const sniffer = new CsvEncodingSniffer();
  for (const chunk of chunks) sniffer.push(chunk);
  return sniffer.encoding();
}

function decoded(chunks: readonly Uint8Array[], encoding: CsvEncoding): string {
  const decoder = new CsvDecoder(encoding);
  return chunks.map((chunk) => decoder.decode(chunk)).join("") + decoder.end();
}

const BOMS = {
  utf8: [0xef, 0xbb, 0xbf],
  utf16le: [0xff, 0xfe],
  utf16be: [0xfe, 0xff],
};

/**
 * Bytes that are not UTF-8, or only nearly: a continuation byte alone, overlong forms, a surrogate, a code point
 * beyond U+10FFFF, bytes no sequence starts with, sequences cut short, Windows-1252's é and €.
 */
const NOT_UTF8 = [
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xff],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xe9],
  [0x80, 0x41],
];

const asciiPiece = fc
  .string({
    unit: fc.constantFrom("S", "K", "U", "1", ".", ",", ";", "\t", '"', "\r", "\n", " "),
    maxLength: 12,
  })
  .map((text) => [...Buffer.from(text, "latin1")]);
const utf8Piece = fc
  .string({ unit: fc.constantFrom("é", "€", "ß", "😀", "德", "\ufeff", "a", "\r\n"), maxLength: 6 })
  .map((text) => [...Buffer.from(text, "utf8")]);
const anyUtf8Piece = fc
  .string({ unit: "binary", maxLength: 6 })
  .map((text) => [...Buffer.from(text, "utf8")]);
const bomPiece = fc.constantFrom(BOMS.utf8, BOMS.utf16le, BOMS.utf16be);
/** Chinese headers as Chinese Windows saves them (GBK): 商品编码, 售价, 目的国, 德国, and a pair that is none of GB2312's. */
const gbkPiece = fc.constantFrom(
  [0xc9, 0xcc, 0xc6, 0xb7, 0xb1, 0xe0, 0xc2, 0xeb],
  [0xca, 0xdb, 0xbc, 0xdb],
  [0xc4, 0xbf, 0xb5, 0xc4, 0xb9, 0xfa],
  [0xb5, 0xc2, 0xb9, 0xfa],
  [0x81, 0x40],
);

/** Files of UTF-8 text (one in four with a byte that is not), BOMs anywhere, and as often a BOM first. */
const eightBitFile = fc
  .tuple(
    fc.option(bomPiece),
    fc.array(
      fc.oneof(
        { arbitrary: asciiPiece, weight: 4 },
        { arbitrary: utf8Piece, weight: 4 },
        { arbitrary: anyUtf8Piece, weight: 2 },
        { arbitrary: bomPiece, weight: 1 },
        { arbitrary: gbkPiece, weight: 2 },
      ),
      { maxLength: 12 },
    ),
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 3 },
      { arbitrary: fc.constantFrom(...NOT_UTF8), weight: 1 },
    ),
    fc.array(fc.oneof(asciiPiece, utf8Piece), { maxLength: 4 }),
  )
  .map(([bom, pieces, notUtf8, after]) =>
    Uint8Array.from([...(bom ?? []), ...pieces.flat(), ...(notUtf8 ?? []), ...after.flat()]),
  );

/** UTF-16 files with their BOM: any code units (surrogate pairs and lone halves), sometimes a last odd byte. */
const utf16File = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 0xffff }),
        fc.constantFrom(0x41, 0x2c, 0x0d, 0x0a, 0x22, 0xfeff, 0xd83d, 0xde00, 0x00e9),
      ),
      { maxLength: 24 },
    ),
    fc.option(fc.integer({ min: 0, max: 255 })),
  )
  .map(([bigEndian, units, odd]) => {
    const little = Buffer.from(Uint16Array.from(units).buffer);
    const body = bigEndian ? Buffer.from(little).swap16() : little;
    return Uint8Array.from([
      ...(bigEndian ? BOMS.utf16be : BOMS.utf16le),
      ...body,
      ...(odd === null ? [] : [odd]),
    ]);
  });

const anyFile = fc.oneof(eightBitFile, utf16File);

describe("the encoding of a file read a chunk at a time", () => {
  it("is decided as for the whole file, by its BOM and every one of its bytes, however the file is cut", () => {
    fc.assert(
      fc.property(anyFile, cutPoints, (bytes, points) => {
        expect(sniffed(cutAt(bytes, points))).toBe(wholeFileEncoding(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("is Windows-1252 for one byte that is not UTF-8 after a megabyte that is, and UTF-8 for a sequence cut only by a chunk's end", () => {
    const utf8 = Buffer.from("Quantité;€\r\n".repeat(80_000), "utf8");
    expect(sniffed([utf8, Uint8Array.of(0xe9)])).toBe("windows-1252");
    expect(sniffed([utf8.subarray(0, 9), utf8.subarray(9)])).toBe("utf-8");
    // € is E2 82 AC: cut after each of its bytes, and left unfinished at the file's end.
    const euro = Buffer.from("a€b", "utf8");
    for (let cut = 0; cut <= euro.length; cut++)
      expect(sniffed([euro.subarray(0, cut), euro.subarray(cut)])).toBe("utf-8");
    expect(sniffed([euro.subarray(0, 3)])).toBe("windows-1252");
    expect(sniffed([Uint8Array.of(0xff), Uint8Array.of(0xfe, 0x41, 0x00)])).toBe("utf-16le");
  });
});

describe("the text of a file decoded a chunk at a time", () => {
  it("is decodeText's text of the whole file, however the bytes are cut", () => {
    fc.assert(
      fc.property(anyFile, cutPoints, (bytes, points) => {
        const whole = decodeText(bytes);
        expect(whole).toBe(wholeFileText(bytes));
        expect(decoded(cutAt(bytes, points), sniffed([bytes]))).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it("is the same cut anywhere inside a BOM, a UTF-8 sequence, a UTF-16 code unit or surrogate pair, or one byte at a time", () => {
    const files = [
      Buffer.from("\ufeff\ufeffSKU;Quantité;😀\r\n€", "utf8"),
      Buffer.from([...BOMS.utf16le, ...Buffer.from("SKU\t😀é\r\n", "utf16le"), 0x41]),
      Buffer.from([...BOMS.utf16be, ...Buffer.from("\ufeffSKU\t😀é", "utf16le").swap16()]),
      Buffer.from([...Buffer.from("Quantité", "latin1"), 0x80, 0x8a, 0x81, 0x9f]),
    ];
    for (const bytes of files) {
      const whole = decodeText(bytes);
      const encoding = sniffed([bytes]);
      for (let cut = 0; cut <= bytes.length; cut++)
        expect(decoded([bytes.subarray(0, cut), bytes.subarray(cut)], encoding)).toBe(whole);
      expect(
        decoded(
          Array.from(bytes, (byte) => Uint8Array.of(byte)),
          encoding,
        ),
      ).toBe(whole);
    }
    expect(decodeText(files[0])).toBe("SKU;Quantité;😀\r\n€");
    expect(decodeText(files[2])).toBe("\ufeffSKU\t😀é");
    expect(decodeText(files[3])).toBe("Quantité€Š\u0081Ÿ");
  });

  it("is the same given as one last chunk (decodeText gives the whole file so) as pushed", () => {
    const bytes = Buffer.from("\ufeffSKU;Désignation\r\n", "utf8");
    expect(new CsvDecoder("utf-8").end(bytes)).toBe(decoded([bytes], "utf-8"));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------------------------

/** What reading a text gives: its rows and the line each starts on, or the problem it is refused with. */
type Outcome =
  { rows: string[][]; lines: number[] } | { problem: { line: number; message: string }; rows?: undefined };

function refused(error: unknown): Outcome {
  // Nothing but a CsvProblem is thrown for any text.
  if (!(error instanceof CsvProblem)) throw error;
  return { problem: { line: error.line, message: error.in("en") } };
}

/** The line (1-based) of the text at `index`, as an editor numbers it: CRLF, LF and a lone CR each end a line. */
const lineAt = (text: string, index: number) => 1 + (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0);

/** The whole text in one go; each row's line from where the next row starts (parseCsvFrom a row at a time). */
function wholeText(text: string, separator: Separator): Outcome {
  let rows: string[][];
  try {
    rows = parseCsvFrom(text, separator, 0, Infinity).rows;
  } catch (error) {
    return refused(error);
  }
  const lines: number[] = [];
  const oneByOne: string[][] = [];
  for (let offset = 0; offset < text.length;) {
    lines.push(lineAt(text, offset));
    const { rows: one, next } = parseCsvFrom(text, separator, offset, 1);
    oneByOne.push(...one);
    offset = next;
  }
  // The text in pieces gives the same rows as in one go.
  expect(oneByOne).toEqual(rows);
  return { rows, lines };
}

function streamed(chunks: readonly string[], separator: Separator): Outcome {
  const reader = new CsvRowReader(separator);
  const rows: string[][] = [];
  const lines: number[] = [];
  const take = (read: { rows: string[][]; lines: number[] }) => {
    expect(read.lines).toHaveLength(read.rows.length);
    rows.push(...read.rows);
    lines.push(...read.lines);
  };
  try {
    for (const chunk of chunks) take(reader.push(chunk));
    take(reader.end());
  } catch (error) {
    return refused(error);
  }
  return { rows, lines };
}

const separator = fc.constantFrom<Separator>(",", ";", "\t");

/** Any text of the characters CSV gives meaning to, and a few others: mostly texts a parser must refuse. */
const csvSoup = fc
  .array(fc.constantFrom('"', '""', ",", ";", "\t", "\r", "\n", "\r\n", "a", "bc", " ", "é", "😀"), {
    maxLength: 40,
  })
  .map((tokens) => tokens.join(""));

const plainField = fc.string({
  unit: fc.constantFrom("a", "B", "1", ".", " ", "é", "😀", ",", ";"),
  maxLength: 6,
});
const quotedField = fc
  .string({
    unit: fc.constantFrom("a", "1", ",", ";", "\t", "\r", "\n", "\r\n", '""', " ", "😀"),
    maxLength: 8,
  })
  .map((text) => `"${text}"`);
/** Stray quotes as they come: inside text, text after a closing quote, a quote never closed. */
const strayField = fc.constantFrom('5" screen', '"12" x 3', '"a\nb"c', '"a""', '"open', 'x"', '""', '"');
const field = fc.oneof(
  { arbitrary: plainField, weight: 4 },
  { arbitrary: quotedField, weight: 4 },
  { arbitrary: strayField, weight: 1 },
);

/** CSV files: rows of fields, any line breaks, with or without one at the end, sometimes a separator last. */
const csvFile = fc
  .tuple(
    separator,
    fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.constantFrom("", "\n", "\r\n", "\r", ",", ";", "\t"),
  )
  .map(([sep, rows, lineEnd, last]) => ({
    separator: sep,
    text: rows.map((fields) => fields.join(sep)).join(lineEnd) + last,
  }));

describe("rows read a chunk at a time", () => {
  it("are the rows of the whole text, on the same lines, or the same refusal, however the text is cut", () => {
    fc.assert(
      fc.property(csvFile, cutPoints, ({ separator, text }, points) => {
        expect(streamed(cutAt(text, points), separator)).toEqual(wholeText(text, separator));
      }),
      { numRuns: 3000 },
    );
  });

  it("are so for any text of quotes, separators and line breaks", () => {
    fc.assert(
      fc.property(csvSoup, separator, cutPoints, (text, separator, points) => {
        expect(streamed(cutAt(text, points), separator)).toEqual(wholeText(text, separator));
      }),
      { numRuns: 3000 },
    );
  });

  it("are so cut at every place: inside quotes, between CR and LF, inside a doubled quote, after a closing quote, at a separator", () => {
    const texts = [
      'SKU,Description,Price\r\nA-1,"Lamp, white ""Nordic""\nwith bulb",19.99\r\nA-2,Plain,5\n',
      'a;;c\r;b;\rx;"y\r\nz";',
      '5" screen,"12" x 3\n"",""""\r\n,\r\n',
      '"x\r"\n"\r\n"\r',
      // Refused: a quote closed in the middle of text lines later, a quote never closed, each before good rows.
      'a,b\n"c\nd"e,f\ng,h\n',
      'a,b\r\n"open,c\r\nd\r\n\r\n',
    ];
    for (const text of texts) {
      const whole = wholeText(text, ",");
      for (let cut = 0; cut <= text.length; cut++)
        expect(streamed([text.slice(0, cut), text.slice(cut)], ",")).toEqual(whole);
      expect(streamed(Array.from(text), ",")).toEqual(whole);
      expect(streamed(cutEvery(text, [1, 0, 2]), ",")).toEqual(whole);
    }
    expect(wholeText(texts[0], ",")).toEqual({
      rows: [
        ["SKU", "Description", "Price"],
        ["A-1", 'Lamp, white "Nordic"\nwith bulb', "19.99"],
        ["A-2", "Plain", "5"],
      ],
      lines: [1, 2, 4],
    });
    expect(wholeText(texts[4], ",")).toMatchObject({ problem: { line: 2 } });
    expect(wholeText(texts[5], ",")).toMatchObject({ problem: { line: 2 } });
  });

  it("come as soon as their line break is read", () => {
    const reader = new CsvRowReader(";");
    expect(reader.push("SKU;Prix\r")).toEqual({ rows: [["SKU", "Prix"]], lines: [1] });
    expect(reader.push('\nA;"19,99\n')).toEqual({ rows: [], lines: [] });
    expect(reader.push('"\r\nB;5')).toEqual({ rows: [["A", "19,99\n"]], lines: [2] });
    expect(reader.end()).toEqual({ rows: [["B", "5"]], lines: [4] });
  });
});

describe("the rules both readings share: the whole text is refused as before", () => {
  const refusal = (text: string, start = 0) => {
    try {
      parseCsvFrom(text, ",", start, Infinity);
    } catch (error) {
      return refused(error);
    }
    return undefined;
  };

  it("a quote never closed, naming its line and the lines after it (the file's last line break opens none)", () => {
    expect(refusal('a,b\n"open\nc\r\n\r\n')).toEqual({
      problem: { line: 2, message: expect.stringContaining("the rest of the file (2 more lines)") },
    });
    for (const text of ['a,"open', 'a,"open\r\n', 'a,"open\r'])
      expect(refusal(text)).toEqual({
        problem: {
          line: 1,
          message: expect.stringContaining("the rest of the line would be read as one cell"),
        },
      });
  });

  it("a quote closed in the middle of text lines after it opened, naming both lines", () => {
    expect(refusal('x\n"a\r\nb\rc"d,e\n')).toEqual({
      problem: {
        line: 2,
        message: expect.stringContaining('opens with a quote (") that only closes on line 4'),
      },
    });
    // On its own line, text after a closing quote is kept (leniently, as Excel does).
    expect(parseCsvFrom('"12" x 3,"a\nb"\n', ",", 0, Infinity).rows).toEqual([["12 x 3", "a\nb"]]);
  });

  it("a field longer than a cell, with its length; one of 32,767 characters is read", () => {
    expect(refusal(`a\nb,"${"x".repeat(39_999)}""",c`)).toEqual({
      problem: { line: 2, message: expect.stringContaining("a field of 40,000 characters starts here") },
    });
    expect(refusal(`a,${"x".repeat(MAX_CELL_LENGTH + 1)}`)).toMatchObject({ problem: { line: 1 } });
    expect(parseCsvFrom(`a,${"x".repeat(MAX_CELL_LENGTH)}`, ",", 0, 1).rows[0][1]).toHaveLength(
      MAX_CELL_LENGTH,
    );
  });

  it("read from the middle of a text, the line named is the file's", () => {
    const text = 'SKU,Note\r\nA,"two\r\nlines"\r\nB,ok\r\nC,"open\r\n';
    const { rows, next } = parseCsvFrom(text, ",", 0, 3);
    expect(rows).toHaveLength(3);
    expect(refusal(text, next)).toEqual(refusal(text));
    expect(refusal(text)).toMatchObject({ problem: { line: 5 } });
  });

  it("sniffing the separator, a head that ends inside quotes is read, not refused", () => {
    expect(detectSeparator('SKU;Description;Price\r\nA;"Lamp, white\r\n' + "x".repeat(70_000))).toBe(";");
  });
});

/**
 * A field too long for a cell: unquoted, or quoted with line breaks and doubled quotes inside, closed or not, text
 * after its closing quote or not; a few characters either side of the limit.
 */
const longFieldFile = fc
  .tuple(
    separator,
    fc.integer({ min: MAX_CELL_LENGTH - 40, max: 33_000 }),
    fc.constantFrom("unquoted", "quoted", "quoted with breaks", "quoted with doubled quotes"),
    fc.constantFrom("closed", "text after", "never closed"),
    fc.constantFrom("", "\r\n", "\n"),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([sep, length, kind, end, lineEnd, rowsAfter]) => {
    const inside =
      kind === "quoted with breaks"
        ? ("x".repeat(999) + "\n").repeat(Math.ceil(length / 1000)).slice(0, length)
        : kind === "quoted with doubled quotes"
          ? ("x".repeat(99) + '""').repeat(Math.ceil(length / 101)).slice(0, length)
          : "x".repeat(length);
    const long =
      kind === "unquoted"
        ? inside
        : end === "closed"
          ? `"${inside}"`
          : end === "text after"
            ? `"${inside}"more`
            : `"${inside}`;
    const after = Array.from({ length: rowsAfter }, (_, row) => `after${sep}${row}`);
    return {
      separator: sep,
      text: [`SKU${sep}Description`, `A-1${sep}${long}${sep}x`, ...after].join("\r\n") + lineEnd,
    };
  });

describe("fields too long for a cell, read a chunk at a time", () => {
  it("are refused as the whole text refuses them (same line, length, lines), in chunks of any size", () => {
    fc.assert(
      fc.property(
        longFieldFile,
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 4 }),
        ({ separator, text }, sizes) => {
          expect(streamed(cutEvery(text, sizes), separator)).toEqual(wholeText(text, separator));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("are so in chunks of a few characters", () => {
    fc.assert(
      fc.property(
        longFieldFile,
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 3 }),
        ({ separator, text }, sizes) => {
          expect(streamed(cutEvery(text, sizes), separator)).toEqual(wholeText(text, separator));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keep neither their text nor the chunks: a quote left open over 128 MB leaves the memory as it was", () => {
    // The collector run before each measure: the heap then holds what is kept, not what earlier tests left.
    v8.setFlagsFromString("--expose-gc");
    const collect = vm.runInNewContext("gc") as () => void;
    const reader = new CsvRowReader(",");
    expect(reader.push('SKU,Description\r\nA-1,"Lamp').rows).toEqual([["SKU", "Description"]]);
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let chunk = 0; chunk < 2048; chunk++) {
      // A new string each time (repeat would share one): kept, 2,048 of them would hold 128 MB.
      expect(reader.push(Buffer.alloc(64 * 1024, "x\n").toString("latin1")).rows).toEqual([]);
    }
    collect();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 1024 * 1024);
    // 32,768 line breaks a chunk; the file's last one ends its last line.
    expect(() => reader.end()).toThrow(
      'line 2: a field opens with a quote (") that is never closed, so the rest of the file (67,108,863 more lines)',
    );
  });

  it("cost no more for each chunk as they grow: 8 million characters in chunks of 1,000 are read at once", () => {
    const started = Date.now();
    for (const [open, inside, close] of [
      ["", "x", ",b\n"],
      ['"', 'x""\r\n', '",b\n'],
      ['"', "x\r\n", '"text,b\n'],
    ]) {
      const reader = new CsvRowReader(",");
      reader.push(`a,${open}`);
      const chunk = inside.repeat(Math.ceil(1000 / inside.length));
      const problem = (() => {
        try {
          for (let at = 0; at < 8_000_000; at += chunk.length) reader.push(chunk);
          reader.push(close);
          reader.end();
        } catch (error) {
          return error;
        }
      })();
      expect(problem).toBeInstanceOf(CsvProblem);
      expect((problem as CsvProblem).line).toBe(1);
    }
    // Scanning the field again at each chunk would take minutes.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Values beyond the header, number evidence, the whole path
// ---------------------------------------------------------------------------------------------------------------

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom("", " ", "SKU", "12", "a\nb", "c\r\nd\re", "x".repeat(40)),
  fc.integer({ min: -5, max: 99 }),
);

/** The line of row `index` by the rule: a line per row, plus the line breaks inside its fields. */
function lineOfRow(rows: readonly (readonly CellValue[])[], index: number): number {
  const breaks = rows
    .slice(0, index)
    .flat()
    .map((value) => (typeof value === "string" ? (value.match(/\r\n|\r|\n/g)?.length ?? 0) : 0));
  return index + 1 + breaks.reduce((sum, count) => sum + count, 0);
}

const problemOf = (problem: CsvProblem | undefined) =>
  problem === undefined ? undefined : { line: problem.line, message: problem.in("en") };

describe("values beyond the header, a row at a time", () => {
  it("refuse the first row that valuesBeyondHeader refuses, with the same words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 3 }),
        (rows, headerRowIndex) => {
          const width = headerWidth(rows[headerRowIndex] ?? []);
          const first = rows
            .map((cells, index) =>
              index > headerRowIndex ? valueBeyondHeader(cells, width, lineOfRow(rows, index)) : undefined,
            )
            .find((problem) => problem !== undefined);
          expect(problemOf(valuesBeyondHeader(rows, headerRowIndex))).toEqual(problemOf(first));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("name the file's line from the rows as they are read", () => {
    fc.assert(
      fc.property(csvFile, cutPoints, ({ separator, text }, points) => {
        let rows: string[][];
        try {
          rows = parseCsvFrom(text, separator, 0, Infinity).rows;
        } catch {
          return;
        }
        const expected = valuesBeyondHeader(csvCells(rows), 0);
        const reader = new CsvRowReader(separator);
        let width: number | undefined;
        let found: CsvProblem | undefined;
        for (const read of [...cutAt(text, points).map((chunk) => reader.push(chunk)), reader.end()]) {
          const cells = csvCells(read.rows);
          cells.forEach((row, index) => {
            if (width === undefined) width = headerWidth(row);
            else found ??= valueBeyondHeader(row, width, read.lines[index]);
          });
        }
        expect(problemOf(found)).toEqual(problemOf(expected));
      }),
      { numRuns: 1000 },
    );
  });

  it("say what valuesBeyondHeader says of a decimal comma", () => {
    const rows = csvCells(parseCsvFrom("SKU,Price,,\nA,12,99\nB,5,,\n", ",", 0, Infinity).rows);
    expect(headerWidth(rows[0])).toBe(2);
    expect(valueBeyondHeader(rows[2], 2, 3)).toBeUndefined();
    expect(problemOf(valueBeyondHeader(rows[1], 2, 2))).toEqual(problemOf(valuesBeyondHeader(rows, 0)));
  });
});

describe("number evidence tallied from rows as they are read", () => {
  const numbers = fc.array(
    fc.array(fc.constantFrom("1.299", "19,99", "12", "0.5", '"1,5"', "4.7 %", "abc", ""), {
      minLength: 1,
      maxLength: 4,
    }),
    { maxLength: 10 },
  );

  it("is the evidence of the whole text", () => {
    fc.assert(
      fc.property(numbers, separator, cutPoints, (rows, separator, points) => {
        const text = [
          "SKU;Price;Weight;Fee".replace(/;/g, separator),
          ...rows.map((row) => row.join(separator)),
        ].join("\n");
        const tally = new NumberEvidenceTally();
        const reader = new CsvRowReader(separator);
        for (const read of [...cutAt(text, points).map((chunk) => reader.push(chunk)), reader.end()])
          for (const fields of read.rows)
            for (let column = 0; column < fields.length; column++) tally.addText(column, fields[column]);
        expect(tally.evidence(separator)).toEqual(csvNumberEvidence(text, separator));
        if (detectSeparator(text) === separator)
          expect(tally.evidence(separator)).toEqual(readCsvCells(text).numberEvidence);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a file read a chunk at a time from its bytes", () => {
  it("gives readCsvCells' cells of decodeText's text", () => {
    const text =
      "Shipment LGG-2411-07, November\r\nSKU;Désignation;Prix TTC;Pays\r\n" +
      Array.from({ length: 3000 }, (_, row) => `A-${row};"Lampe ""Nordic"";\nblanche";${row},99;FR`).join(
        "\r\n",
      );
    const files = [
      Buffer.from(`\ufeff${text}`, "utf8"),
      Buffer.from(text, "latin1"),
      Buffer.from([...BOMS.utf16le, ...Buffer.from(text, "utf16le")]),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 3 }),
        (bytes, sizes) => {
          const chunks: Uint8Array[] = [];
          for (let from = 0, turn = 0; from < bytes.length; turn++) {
            chunks.push(bytes.subarray(from, from + sizes[turn % sizes.length]));
            from += sizes[turn % sizes.length];
          }
          const decoder = new CsvDecoder(sniffed(chunks));
          const texts = [...chunks.map((chunk) => decoder.decode(chunk)), decoder.end()];
          // The separator from the head, as detectSeparator reads it (64 K characters).
          const separator = detectSeparator(texts.join("").slice(0, 64 * 1024));
          const reader = new CsvRowReader(separator);
          const cells = [...texts.map((piece) => reader.push(piece)), reader.end()].flatMap((read) =>
            csvCells(read.rows),
          );
          const whole = readCsvCells(decodeText(bytes));
          expect(separator).toBe(whole.separator);
          expect(cells).toEqual(whole.rows);
        },
      ),
      { numRuns: 20 },
    );
  });
});
