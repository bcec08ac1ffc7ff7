import { Exact, ZERO, exact } from "./exact";
import { InputError } from "./input-error";

/**
 * How the import duty of one unit is charged.
 * - adValorem: a fraction of the customs value; anti-dumping and countervailing rates are added to it, because
 *   they are charged on the same base (Reg. (EU) 2019/73 Art. 1).
 * - specific: a fixed amount per unit (EUR/item, or EUR/kg already multiplied by the unit weight).
 * - minimum / maximum: "d % MIN a MAX b" bounds on the ad valorem part.
 */
export interface DutyRule {
  readonly adValorem: Exact;
  readonly specific: Exact;
  readonly minimum?: Exact;
  readonly maximum?: Exact;
}

export const NO_DUTY: DutyRule = { adValorem: ZERO, specific: ZERO };

/** The duty charged on a customs value. */
export function dutyOn(value: Exact, rule: DutyRule): Exact {
  let adValorem = rule.adValorem.isZero() ? rule.adValorem : value.times(rule.adValorem);
  let bounded = false;
  if (rule.minimum !== undefined && adValorem.lessThan(rule.minimum)) {
    adValorem = rule.minimum;
    bounded = true;
  }
  if (rule.maximum !== undefined && adValorem.greaterThan(rule.maximum)) {
    adValorem = rule.maximum;
    bounded = true;
  }
  // Adding a zero to an amount gives the amount rounded to the precision, which a product already is: without a
  // specific duty or a bound the duty is the ad valorem product itself (most rows; an addition saved). A zero
  // ad valorem part still adds, as -0 + 0 is 0.
  return rule.specific.isZero() && !bounded && !adValorem.isZero()
    ? adValorem
    : adValorem.plus(rule.specific);
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const PERCENT_TERM = new RegExp(
  String.raw`^${NUMBER}\s*%\s*(?:AD|CVD|ANTI-?DUMPING|COUNTERVAILING|DUTY)?$`,
  "i",
);
const BOUND = new RegExp(String.raw`^(MIN|MAX)\s*${NUMBER}\s*(?:EUR|€)?$`, "i");

function decimal(text: string): Exact {
  return exact(text.replace(",", "."));
}

/**
 * A duty written the way the tariff (TARIC) writes it: "12 %", "4.7 % MIN 0.40 MAX 2.50", "6.5 % + 22.5 % AD".
 * Percent terms are added (conventional duty plus anti-dumping and countervailing duties); MIN and MAX are euro
 * amounts per unit that bound the ad valorem part.
 */
export function parseDutyExpression(text: string, field: string): DutyRule {
  const boundsAt = text.search(/\b(MIN|MAX)\b/i);
  const termsText = boundsAt < 0 ? text : text.slice(0, boundsAt);
  const boundsText = boundsAt < 0 ? "" : text.slice(boundsAt);

  let adValorem = ZERO;
  for (const term of termsText.split("+")) {
    const match = PERCENT_TERM.exec(term.trim());
    if (!match)
      throw new InputError(field, { key: "notADutyRate", params: { text: text.trim() } }, "writeDuty");
    adValorem = adValorem.plus(decimal(match[1]).dividedBy(100));
  }

  let minimum: Exact | undefined;
  let maximum: Exact | undefined;
  for (const bound of boundsText.split(/(?=\bMIN\b|\bMAX\b)/i).filter((part) => part.trim() !== "")) {
    const match = BOUND.exec(bound.trim());
    if (!match)
      throw new InputError(field, { key: "notABound", params: { text: bound.trim() } }, "writeDuty");
    if (match[1].toUpperCase() === "MIN") minimum = decimal(match[2]);
    else maximum = decimal(match[2]);
  }
  if (minimum !== undefined && maximum !== undefined && minimum.greaterThan(maximum)) {
    const params = { minimum: minimum.toString(), maximum: maximum.toString() };
    throw new InputError(field, { key: "minAboveMax", params }, "swapBounds");
  }
  // Written with a % sign the rate is unambiguous, so anti-dumping totals above 100 % stay possible here.
  return { adValorem, specific: ZERO, minimum, maximum };
}
