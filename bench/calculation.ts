import {
  type DutyRule,
  type Exact,
  ZERO,
  exact,
  inverseValue,
  priceBreakdown,
  roundedDeclarationRatio,
  vatRateOn,
  type EuCountry,
} from "../src/engine";
import { checkShipment, readSettings } from "../src/sheet";
import { CheckMemo } from "../src/sheet/check-memo";
import { BENCH_HEADER, benchRows } from "./shipment-data";

const ROWS = 100_000;
const ROUNDS = 10;
const WARM_UP_ROUNDS = 2;

/** `global.gc` when node runs with --expose-gc (npm run bench does): each round starts with a clean heap. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * The best of several rounds after a warm-up: machines of this kind vary by a third from one second to the
 * next, and the best round is the one least disturbed.
 */
function bestOf(rounds: number, run: () => void): number {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

/**
 * The engine's row calculation on one core: for each row the VAT rate by country and date, the inverse value, the
 * duty and the declaration ratio (the figures of the output columns), then the same with the pro forma breakdown.
 * Amounts are read into exact decimals before timing: reading cells is the sheet check's part, measured below.
 */
export function benchRowCalculation(): string[] {
  // Equal amounts share one Decimal, as the bulk check's memo (check-memo.ts) makes them share.
  const amounts = new Map<number, Exact>();
  const amount = (value: number): Exact => {
    let known = amounts.get(value);
    if (known === undefined) amounts.set(value, (known = exact(value)));
    return known;
  };
  const rows = benchRows(ROWS).map((cells) => ({
    country: cells[5] as EuCountry,
    price: amount(cells[7] as number),
    deductions: ([cells[8], cells[9], cells[10], cells[11], cells[12], cells[13]] as number[]).map(amount),
    duty: {
      adValorem: amount(typeof cells[14] === "number" ? cells[14] : 0.047),
      specific: ZERO,
    } as DutyRule,
  }));
  const calculate = (withBreakdown: boolean) => () => {
    // The divisor of each pair of rates is kept as the bulk check keeps it (check-memo.ts).
    const memo = new CheckMemo();
    for (const row of rows) {
      const input = {
        price: row.price,
        vatRate: vatRateOn(row.country, "2026-11-21").rate,
        deductions: row.deductions,
        duty: row.duty,
      };
      const result = inverseValue(input, memo.divisor(input.vatRate, input.duty.adValorem));
      roundedDeclarationRatio(result.valueInCents, row.price, 4);
      if (withBreakdown) priceBreakdown(input, result);
    }
  };
  const rate = (seconds: number) => Math.round(ROWS / seconds).toLocaleString("en");
  const figures = bestOf(ROUNDS, calculate(false));
  const withBreakdown = bestOf(ROUNDS, calculate(true));
  return [
    `row calculation (engine: VAT rate, inverse value, duty, ratio): ${rate(figures)} rows/s on one core (best of ${ROUNDS} over ${ROWS.toLocaleString("en")} rows; target ≥ 100,000)`,
    `row calculation with the pro forma breakdown: ${rate(withBreakdown)} rows/s on one core`,
  ];
}

/** The whole row check of the sheet logic: reading cells, every flag and explanation, detention and summary. */
export function benchSheetCheck(): string {
  const values = [BENCH_HEADER, ...benchRows(ROWS)];
  const settings = readSettings({ declarationDate: "2026-11-21" });
  let risk = 0;
  const seconds = bestOf(3, () => {
    risk = checkShipment(values, settings).summary.risk;
  });
  return `sheet check (src/sheet, all flags and summary): ${Math.round(ROWS / seconds).toLocaleString("en")} rows/s on one core (${risk} RISK rows)`;
}
