import fc from "fast-check";
import { distinctHsCodes, finePerHsCode, hsCodeCountBounds } from "../../src/engine";
import { checkShipment } from "../../src/sheet";
import { row, settings, sheet } from "../sheet/sample";

describe("the HS codes a fine counts (issue 8: one code counted three times)", () => {
  test("one product heading written at three precisions is one code, its most precise", () => {
    expect(distinctHsCodes(["420292", "42029291", "4202929100"])).toEqual(["4202929100"]);
  });

  test("two subheadings count twice; the heading that starts both is absorbed into them", () => {
    expect(distinctHsCodes(["42029291", "42029299"])).toEqual(["42029291", "42029299"]);
    expect(distinctHsCodes(["420292", "42029291", "42029299"])).toEqual(["42029291", "42029299"]);
  });

  test("repeats count once, empty digits not at all, unrelated codes each once", () => {
    expect(distinctHsCodes(["94052140", "94052140", "", "851762"])).toEqual(["851762", "94052140"]);
    expect(distinctHsCodes([])).toEqual([]);
  });

  test("a code is absorbed only by a longer code it starts, whatever sorts between them", () => {
    // 940529 sorts after 9405214000 but starts neither it nor 940521.
    expect(distinctHsCodes(["940521", "9405214000", "940529"])).toEqual(["9405214000", "940529"]);
    expect(distinctHsCodes(["851762", "85176200", "8517"])).toEqual(["85176200"]);
  });

  const digitString = fc.string({ unit: fc.constantFrom("0", "1", "2"), minLength: 1, maxLength: 6 });
  const codeLists = fc.array(digitString, { maxLength: 12 });

  test("property: the count never exceeds the number of distinct digit strings", () => {
    fc.assert(
      fc.property(codeLists, (codes) => {
        expect(distinctHsCodes(codes).length).toBeLessThanOrEqual(new Set(codes).size);
      }),
    );
  });

  test("property: adding a prefix of a code already there never changes the result", () => {
    fc.assert(
      fc.property(
        codeLists.filter((codes) => codes.length > 0),
        fc.nat(),
        fc.nat(),
        (codes, which, length) => {
          const code = codes[which % codes.length];
          const prefix = code.slice(0, 1 + (length % code.length));
          expect(distinctHsCodes([...codes, prefix])).toEqual(distinctHsCodes(codes));
        },
      ),
    );
  });

  test("property: the order of the lines never matters", () => {
    fc.assert(
      fc.property(
        codeLists.chain((codes) =>
          fc.tuple(fc.constant(codes), fc.shuffledSubarray(codes, { minLength: codes.length })),
        ),
        ([codes, shuffled]) => {
          expect(distinctHsCodes(shuffled)).toEqual(distinctHsCodes(codes));
        },
      ),
    );
  });

  test("property: nothing is lost and nothing is counted twice", () => {
    fc.assert(
      fc.property(codeLists, (codes) => {
        const counted = distinctHsCodes(codes);
        // Every code given is one that counts, or the start of one.
        for (const code of codes) expect(counted.some((kept) => kept.startsWith(code))).toBe(true);
        // No code that counts starts another one that counts.
        for (const kept of counted)
          expect(counted.filter((other) => other !== kept && other.startsWith(kept))).toEqual([]);
        expect(distinctHsCodes(counted)).toEqual(counted);
      }),
    );
  });
});

describe("the shipment summary counts HS codes the same way (SummaryTally)", () => {
  test("420292, 42029291 and 4202929100 under-declared are one code and one fine", () => {
    const under = (sku: string, hsCode: string) => row({ SKU: sku, "HS code": hsCode, "Declared value": 20 });
    const { summary } = checkShipment(
      sheet(under("A", "420292"), under("B", "4202 92 91"), under("C", "4202.92.91.00")),
      settings,
    );
    expect(summary.underDeclaredHsCodes).toEqual(["4202929100"]);
    expect(summary.fineExposure?.toNumber()).toBe(finePerHsCode(1));
  });

  test("two subheadings and their heading: two codes, as CUSTOMS.FINE counts them", () => {
    const under = (sku: string, hsCode: string) => row({ SKU: sku, "HS code": hsCode, "Declared value": 20 });
    const { summary } = checkShipment(
      sheet(under("A", "420292"), under("B", "42029291"), under("C", "42029299")),
      settings,
    );
    expect(summary.underDeclaredHsCodes).toEqual(["42029291", "42029299"]);
    expect(summary.fineExposure?.toNumber()).toBe(2 * (finePerHsCode(1) ?? 0));
  });
});

describe("the HS codes a fine counts when under-declared lines have none", () => {
  test("each such line is one of the codes given or one of its own", () => {
    expect(hsCodeCountBounds(1, 3)).toEqual({ atLeast: 1, upTo: 4 });
  });

  test("with no code given, the lines are at least one code", () => {
    expect(hsCodeCountBounds(0, 2)).toEqual({ atLeast: 1, upTo: 2 });
  });

  test("with every code given, the count is exact", () => {
    expect(hsCodeCountBounds(3, 0)).toEqual({ atLeast: 3, upTo: 3 });
    expect(hsCodeCountBounds(0, 0)).toEqual({ atLeast: 0, upTo: 0 });
  });

  // Codes of one length: none starts another, so each distinct code counts once.
  const code = fc.string({ unit: fc.constantFrom("0", "1", "2", "3"), minLength: 4, maxLength: 4 });

  test("property: whatever the missing codes are, the count lies within the bounds, and both are reached", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { maxLength: 6 }),
        fc.array(code, { maxLength: 6 }),
        (given, missing) => {
          const { atLeast, upTo } = hsCodeCountBounds(given.length, missing.length);
          const count = distinctHsCodes([...given, ...missing]).length;
          expect(count).toBeGreaterThanOrEqual(atLeast);
          expect(count).toBeLessThanOrEqual(upTo);
          // All the missing codes one of those given (or one code, with none given), or each a new one.
          const shared = missing.map(() => given[0] ?? "9999");
          const own = missing.map((_, index) => `8${String(index).padStart(3, "0")}`);
          if (missing.length > 0) expect(distinctHsCodes([...given, ...shared]).length).toBe(atLeast);
          expect(distinctHsCodes([...given, ...own]).length).toBe(upTo);
        },
      ),
    );
  });
});
