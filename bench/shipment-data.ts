/**
 * Realistic shipment rows for the benchmarks, generated (no large files in git): prices in whole cents over a wide
 * range, commissions as a share of them, FBA fee tiers, shipments of 200 lines, a few risky rows.
 */
export const BENCH_HEADER = [
  "SKU",
  "Description",
  "HS code",
  "Quantity",
  "Unit weight kg",
  "Destination",
  "Sales link",
  "Selling price",
  "Commission",
  "Packaging",
  "Freight",
  "Last mile",
  "FBA fee",
  "Handling",
  "Duty rate",
  "Declared value",
  "VAT number",
  "Shipment",
];

const DESTINATIONS = ["DE", "FR", "IT", "ES", "NL", "BE", "PL", "SE"] as const;
type Destination = (typeof DESTINATIONS)[number];
const STORE: Readonly<Record<Destination, string>> = {
  DE: "amazon.de",
  FR: "amazon.fr",
  IT: "amazon.it",
  ES: "amazon.es",
  NL: "amazon.nl",
  BE: "amazon.com.be",
  PL: "amazon.pl",
  SE: "amazon.se",
};
const VAT_NUMBERS: Readonly<Record<Destination, string>> = {
  DE: "DE136695976",
  FR: "FR40303265045",
  IT: "IT00743110157",
  ES: "ESA13585625",
  NL: "NL004495445B01",
  BE: "BE0403170701",
  PL: "PL5260250995",
  SE: "SE556188840401",
};
const HS_CODES = [
  "9405 21 40",
  "8517.62.00",
  "6912 00 23",
  "4202 92 91",
  "9503 00 70",
  "8471 30 00",
  "6109 10 00",
  "3926 90 97",
];
const FBA_FEES = [2.5, 2.73, 3.07, 3.35, 3.79, 4.2, 4.85];
const DUTY_RATES: readonly (number | string)[] = [0, 0.027, 0.035, 0.047, 0.12, "4.7 %"];

/** A deterministic pseudo-random sequence, so every run measures the same rows. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** All the rows at once, for the benchmarks that check a sheet held in memory. */
export function benchRows(count: number): (string | number)[][] {
  return [...eachBenchRow(count)];
}

/**
 * The same rows one at a time, for inputs too large to hold (the CLI's million rows): the first n rows are the
 * same whatever the count, so every size is a prefix of the larger ones.
 */
export function* eachBenchRow(count: number): Generator<(string | number)[]> {
  const next = random(42);
  for (let i = 0; i < count; i++) {
    const destination = DESTINATIONS[Math.floor(next() * DESTINATIONS.length)];
    const price = cents(5 + next() * 295);
    const commission = cents(price * (next() < 0.5 ? 0.15 : 0.08));
    const declared = cents(price * (0.25 + next() * 0.6));
    const risky = next() < 0.03;
    yield [
      `SKU-${String(i).padStart(6, "0")}`,
      `Product ${i % 5000}`,
      HS_CODES[i % HS_CODES.length],
      1 + Math.floor(next() * 48),
      cents(0.05 + next() * 2),
      destination,
      `https://www.${risky ? "amazon.de" : STORE[destination]}/dp/B0${String(i % 100000000).padStart(8, "0")}`,
      price,
      commission,
      0.3,
      cents(0.2 + next()),
      0.85,
      FBA_FEES[Math.floor(next() * FBA_FEES.length)],
      0.45,
      DUTY_RATES[Math.floor(next() * DUTY_RATES.length)],
      declared,
      VAT_NUMBERS[destination],
      `LGG-${String(Math.floor(i / 200)).padStart(4, "0")}`,
    ];
  }
}
