import fc from "fast-check";
import { exact, sum } from "../../src/engine";
import {
  type CellValue,
  VAT_DEFERRAL_COLUMNS,
  checkShipment,
  jsonReport,
  readSettings,
  vatDeferralSheet,
} from "../../src/sheet";
import { HEADER, row } from "./sample";

/**
 * Import VAT per row and per shipment (issue 11, domain.md section 11): the base is the customs value + the duty on
 * it + freight after import + handling; last mile, FBA fee, commission and packaging are not in it. The regime
 * (procedure 42, ET 14.000, paid) says what happens to it, and never changes it.
 */
const settings = readSettings({ declarationDate: "2026-11-21" });
const REGIME_HEADER = [...HEADER, "VAT regime", "Importer VAT number"];
const withRegime = (
  regime: string,
  importer: CellValue = null,
  overrides: Parameters<typeof row>[0] = {},
) => [...row(overrides), regime, importer];
const regimeSheet = (...rows: CellValue[][]) => [["Shipment"], [], REGIME_HEADER, ...rows];
const column = (name: (typeof VAT_DEFERRAL_COLUMNS)[number]) => VAT_DEFERRAL_COLUMNS.indexOf(name);

describe("a shipment with the three regimes", () => {
  // Declared 30 + duty 4.7 % of it 1.41 + freight 0.80 + handling 0.45 = 32.66 a unit; 40 units at 21 %.
  const check = checkShipment(
    regimeSheet(
      withRegime("CP42"),
      withRegime("ET 14.000", "BE0417497106"),
      withRegime("paid", null, {
        Destination: "DE",
        "Sales link": "https://www.amazon.de/dp/B08N5WRWNW",
        "VAT number": null,
      }),
    ),
    settings,
  );

  test("each row's base, rate and import VAT, rounded once per line", () => {
    for (const checked of check.rows) {
      expect(checked.importVat?.base.toString()).toBe("32.66");
      expect(checked.importVat?.rate.toString()).toBe("0.21");
      // 32.66 × 40 × 21 % = 274.344
      expect(checked.importVat?.line.toString()).toBe("274.34");
      expect(checked.importVat?.perUnit.toString()).toBe("6.86");
    }
    expect(check.rows.map((checked) => checked.vatRegime)).toEqual(["CP42", "ET14000", "PAID"]);
    expect(check.rows.map((checked) => checked.flags)).toEqual([[], [], []]);
  });

  test("the summary gives the amounts by regime, and procedure 42's estimate of the destination VAT", () => {
    expect(jsonReport(check).summary.importVat).toEqual({
      paidAtImport: 274.34,
      deferredET14000: 274.34,
      exemptCP42: 274.34,
      // 32.66 × 40 × 20 % (France) = 261.28
      destinationVatEstimate: { FR: 261.28 },
    });
  });

  test("the VAT deferral statement: a line per shipment × regime × destination, totals that add up", () => {
    const statement = vatDeferralSheet(check, { declarationDate: "2026-11-21", vatTableVersion: "test" });
    const header = statement.rows[statement.headerRowIndex];
    expect(header).toEqual([...VAT_DEFERRAL_COLUMNS]);
    const lines = statement.rows.slice(statement.headerRowIndex + 1, statement.totalRowIndexes[0]);
    expect(lines.map((line) => line.slice(0, 4))).toEqual([
      ["LGG-1", "CP42", "FR", 1],
      ["LGG-1", "ET14000", "", 1],
      ["LGG-1", "PAID", "", 1],
    ]);
    expect(lines[0].slice(column("Goods value"), column("Treatment"))).toEqual([
      1200, 56.4, 50, 1306.4, 0.21, 274.34, 261.28,
    ]);
    expect(lines[0][column("VAT numbers")]).toBe("FR40303265045");
    expect(lines[1][column("VAT numbers")]).toBe("BE0417497106");
    const totals = statement.totalRowIndexes.map((index) => statement.rows[index]);
    expect(totals.map((line) => [line[0], line[column("Import VAT")]])).toEqual([
      ["Total paid at import", 274.34],
      ["Total deferred (ET 14.000)", 274.34],
      ["Total exempt (procedure 42)", 274.34],
      ["Total", 823.02],
    ]);
  });
});

describe("the flags of the regimes", () => {
  test("procedure 42 for goods that stay in Belgium is CP42_TO_BELGIUM", () => {
    const belgium = {
      Destination: "BE",
      "Sales link": "https://www.amazon.com.be/dp/B08N5WRWNW",
      "VAT number": "BE0417497106",
    };
    const [checked] = checkShipment(regimeSheet(withRegime("CP42", null, belgium)), settings).rows;
    expect(checked.flags).toContain("CP42_TO_BELGIUM");
    expect(checked.status).toBe("RISK");
  });

  test("ET 14.000 needs a valid Belgian importer VAT number", () => {
    const check = checkShipment(
      regimeSheet(
        withRegime("ET14000", null, { Shipment: "A" }),
        withRegime("ET14000", "BE0417497107", { Shipment: "B" }),
        withRegime("ET14000", "FR40303265045", { Shipment: "C" }),
      ),
      settings,
    );
    expect(check.rows.map((checked) => checked.flags)).toEqual([
      ["MISSING_IMPORTER_VAT_NUMBER"],
      ["INVALID_IMPORTER_VAT_NUMBER"],
      ["INVALID_IMPORTER_VAT_NUMBER"],
    ]);
    expect(check.rows[0].explanation).toContain("ET 14.000 needs the importer's Belgian VAT number");
  });

  test("paid at import needs no destination VAT number; procedure 42 still does", () => {
    const check = checkShipment(
      regimeSheet(
        withRegime("PAID", null, { "VAT number": null, Shipment: "A" }),
        withRegime("CP42", null, { "VAT number": null, Shipment: "B" }),
      ),
      settings,
    );
    expect(check.rows.map((checked) => checked.flags)).toEqual([[], ["MISSING_VAT_NUMBER"]]);
  });

  test("a regime the check does not know is INVALID_INPUT naming the column and the words to write", () => {
    const [checked] = checkShipment(regimeSheet(withRegime("deferred")), settings).rows;
    expect(checked.flags).toEqual(["INVALID_INPUT"]);
    expect(checked.explanation).toBe(
      'VAT regime "deferred" is no VAT regime: write CP42 (procedure 42), ET14000 (the ET 14.000 licence) or PAID.',
    );
  });
});

describe("laws of the base", () => {
  const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
  const costs = fc.record({
    Freight: cents(5),
    Handling: cents(5),
    "Last mile": cents(5),
    "FBA fee": cents(5),
    Commission: cents(5),
    Packaging: cents(2),
    Qty: fc.integer({ min: 1, max: 500 }),
  });
  const baseOf = (overrides: Parameters<typeof row>[0], regime = "CP42") =>
    checkShipment(regimeSheet(withRegime(regime, "BE0417497106", overrides)), settings).rows[0].importVat;

  test("the base includes freight and handling, never last mile, FBA fee, commission or packaging", () => {
    fc.assert(
      fc.property(costs, cents(3), (line, more) => {
        const before = baseOf(line);
        if (before === null) return;
        const plus = (field: keyof typeof line) =>
          baseOf({ ...line, [field]: (line[field] as number) + more });
        for (const included of ["Freight", "Handling"] as const)
          expect(plus(included)?.base.minus(before.base).toNumber()).toBeCloseTo(more, 10);
        for (const excluded of ["Last mile", "FBA fee", "Commission", "Packaging"] as const)
          expect(plus(excluded)?.base.equals(before.base)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  test("the regime never changes the base or the amount", () => {
    fc.assert(
      fc.property(costs, (line) => {
        const [a, b, c] = ["CP42", "ET14000", "PAID"].map((regime) => baseOf(line, regime));
        expect(b?.base.equals(a?.base ?? exact(-1))).toBe(true);
        expect(c?.line.equals(a?.line ?? exact(-1))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  test("a shipment's statement lines add up to its totals and to the summary, to the cent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(costs, fc.constantFrom("CP42", "ET14000", "PAID")), {
          minLength: 1,
          maxLength: 12,
        }),
        (lines) => {
          const check = checkShipment(
            regimeSheet(...lines.map(([line, regime]) => withRegime(regime, "BE0417497106", line))),
            settings,
          );
          const statement = vatDeferralSheet(check, {
            declarationDate: "2026-11-21",
            vatTableVersion: "test",
          });
          const body = statement.rows.slice(statement.headerRowIndex + 1, statement.totalRowIndexes[0]);
          const grand = statement.rows[statement.totalRowIndexes[3]];
          const at = column("Import VAT");
          expect(sum(body.map((line) => exact(line[at] as number))).toNumber()).toBe(grand[at]);
          const summary = jsonReport(check).summary.importVat;
          expect(
            sum(
              [summary.paidAtImport, summary.deferredET14000, summary.exemptCP42].map((n) => exact(n)),
            ).toNumber(),
          ).toBe(grand[at]);
          expect(sum(check.rows.map((checked) => checked.importVat?.line ?? exact(0))).toNumber()).toBe(
            grand[at],
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
