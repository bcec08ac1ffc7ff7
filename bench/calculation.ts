import {
  type DutyRule,
  ZERO,
  exact,
  inverseValue,
  priceBreakdown,
  roundedDeclarationRatio,
  vatRateOn,
  type EuCountry,
} from "../src/engine";
import { checkShipment, readSettings } from "../src/sheet";
import { BENCH_HEADER, benchRows } from "./shipment-data";

const ROWS = 100_000;
const ROUNDS = 5;

function bestOf(rounds: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

/**
 * The engine's full row calculation on one core: VAT rate by country and date, the inverse value, its duty, the
 * declaration ratio and the price breakdown, from the numbers of a row (as cells hold them).
 */
export function benchRowCalculation(): string {
  const rows = benchRows(ROWS).map((cells) => ({
    country: cells[5] as EuCountry,
    price: cells[7] as number,
    deductions: [cells[8], cells[9], cells[10], cells[11], cells[12], cells[13]] as number[],
    dutyRate: typeof cells[14] === "number" ? cells[14] : 0.047,
  }));
  let checksum = ZERO;
  const seconds = bestOf(ROUNDS, () => {
    checksum = ZERO;
    for (const row of rows) {
      const price = exact(row.price);
      const duty: DutyRule = { adValorem: exact(row.dutyRate), specific: ZERO };
      const input = {
        price,
        vatRate: vatRateOn(row.country, "2026-11-21").rate,
        deductions: row.deductions.map(exact),
        duty,
      };
      const result = inverseValue(input);
      const parts = priceBreakdown(input, result);
      roundedDeclarationRatio(result.valueInCents, price, 4);
      checksum = parts.value;
    }
  });
  return `row calculation (engine): ${Math.round(ROWS / seconds).toLocaleString("en")} rows/s on one core (best of ${ROUNDS}, ${ROWS.toLocaleString("en")} rows; target ≥ 100,000) [${checksum.toFixed(2)}]`;
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
