import fc from "fast-check";
import { dateOf, dateOrderShown, dayMonthReadings } from "../../src/engine";

/** A text date is read as its users write it: year first, or day first; never a guess between day and month. */
const read = (text: string) => dateOf(text, "Date");
const refused = (text: string) => () => read(text);

describe("a date written as text", () => {
  test("year first, as ISO and Chinese ERP exports write it", () => {
    expect(read("2026-07-01")).toBe("2026-07-01");
    expect(read("2026-7-1")).toBe("2026-07-01");
    expect(read("2026/7/1")).toBe("2026-07-01");
    expect(read("2026.07.01")).toBe("2026-07-01");
    expect(read("2026年7月1日")).toBe("2026-07-01");
    expect(read(" 2026 年 12 月 31 日 ")).toBe("2026-12-31");
  });

  test("day first, as Belgians, the French, Germans (dots) and the Dutch (dashes) write it", () => {
    expect(read("01/07/2026")).toBe("2026-07-01");
    expect(read("1/7/2026")).toBe("2026-07-01");
    expect(read("01.07.2026")).toBe("2026-07-01");
    expect(read("01-07-2026")).toBe("2026-07-01");
    expect(read("25/12/2026")).toBe("2026-12-25");
  });

  test("a time of day after the date is dropped, as an Excel serial's fraction is", () => {
    expect(read("2026-07-01 10:30:00")).toBe("2026-07-01");
    expect(read("2026-07-01T23:59")).toBe("2026-07-01");
    expect(read("2026/7/1 8:05:09.123")).toBe("2026-07-01");
    expect(read("01.07.2026 10:30")).toBe("2026-07-01");
  });

  test("a time with a zone is refused: in Brussels it may be another day", () => {
    expect(refused("2026-07-01T23:30:00Z")).toThrow('"2026-07-01T23:30:00Z" is not a date');
    expect(refused("2026-07-01 23:30+02:00")).toThrow("is not a date");
  });

  test("days that do not exist, mixed separators and two-digit years are refused with the fix", () => {
    for (const text of [
      "31/04/2026",
      "2026-02-29",
      "12/25/2026",
      "2026-07/01",
      "01/07-2026",
      "01/07/26",
      "0026-07-01",
    ])
      expect(refused(text)).toThrow(`"${text}" is not a date. Write it as YYYY-MM-DD, e.g. 2024-08-31`);
    expect(read("29/02/2028")).toBe("2028-02-29");
  });
});

describe("what a date with its year last says of the order of day and month", () => {
  test("one reading only, both, or the same day either way", () => {
    expect(dateOrderShown("25/12/2026")).toBe("day first");
    expect(dateOrderShown("12/25/2026")).toBe("month first");
    expect(dateOrderShown("07/01/2026")).toBe("either");
    expect(dateOrderShown("7.1.2026 10:00")).toBe("either");
    expect(dateOrderShown("01/01/2026")).toBeUndefined();
    expect(dateOrderShown("2026-07-01")).toBeUndefined();
    expect(dateOrderShown("19.99")).toBeUndefined();
    expect(dateOrderShown("31/31/2026")).toBeUndefined();
    expect(dayMonthReadings("07/01/2026")).toEqual({ dayFirst: "2026-01-07", monthFirst: "2026-07-01" });
    expect(dayMonthReadings("12/25/2026")).toEqual({ dayFirst: undefined, monthFirst: "2026-12-25" });
  });

  test("law: a date that reads either way is read day first; its other reading swaps day and month", () => {
    const day = fc.integer({ min: 1, max: 28 });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2100 }),
        (first, second, year) => {
          const text = `${first}/${second}/${year}`;
          const readings = dayMonthReadings(text);
          const iso = (y: number, m: number, d: number) =>
            `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(read(text)).toBe(iso(year, second, first));
          expect(readings?.dayFirst).toBe(iso(year, second, first));
          expect(readings?.monthFirst).toBe(first <= 12 ? iso(year, first, second) : undefined);
          expect(dateOrderShown(text)).toBe(
            first === second ? undefined : first <= 12 ? "either" : "day first",
          );
        },
      ),
    );
  });
});
