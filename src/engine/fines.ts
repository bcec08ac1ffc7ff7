/**
 * Fines for under-declaration as forwarders describe Belgian practice (docs/rules.md, Fines). No public Belgian
 * source was found, so these are default settings, never constants: the user can change them.
 * Each offence adds the outstanding tax; a third offence blacklists the VAT number, with no published amount.
 */
export type OffenceLevel = 1 | 2 | 3;

export interface FineSettings {
  readonly firstOffencePerHsCode: number;
  readonly secondOffencePerHsCode: number;
}

export const DEFAULT_FINES: FineSettings = { firstOffencePerHsCode: 250, secondOffencePerHsCode: 500 };

/** EUR per HS code for an offence level; undefined for the third offence (blacklisting, no amount). */
export function finePerHsCode(level: OffenceLevel, fines: FineSettings = DEFAULT_FINES): number | undefined {
  if (level === 1) return fines.firstOffencePerHsCode;
  if (level === 2) return fines.secondOffencePerHsCode;
  return undefined;
}

/**
 * The HS codes a fine counts, from the digits of the under-declared lines' codes. The fine is per HS code, and
 * one code written at several precisions (420292, 42029291, 4202929100) is one code: a code that is the start
 * of another one given is absorbed into it, so each chain counts once, as its most precise code (the one on
 * the declaration). Codes neither of which starts the other (42029291 and 42029299) count once each; a shorter
 * code that starts both is taken to be one of them, so {420292, 42029291, 42029299} counts 2 (were 420292 a
 * third subheading, the count would be one short: the 8-digit CN code of every line counts exactly). Empty
 * strings count nothing. The result is sorted, so the order of the lines never matters.
 */
export function distinctHsCodes(codes: Iterable<string>): string[] {
  const sorted = [...new Set(codes)].filter((code) => code !== "").sort();
  // Sorted, every code that starts with `code` comes right after it: looking at the next one is enough.
  return sorted.filter((code, index) => !(sorted[index + 1]?.startsWith(code) ?? false));
}

/**
 * How many HS codes a fine counts when some under-declared lines have no code. Each such line is declared under
 * some code: one of those given, or one of its own. So the count lies between the codes given (at least one, if
 * none is) and the codes given plus one per line without a code. With every code given, both are that count.
 */
export function hsCodeCountBounds(
  codesGiven: number,
  linesWithoutCode: number,
): { readonly atLeast: number; readonly upTo: number } {
  return {
    atLeast: linesWithoutCode > 0 ? Math.max(codesGiven, 1) : codesGiven,
    upTo: codesGiven + linesWithoutCode,
  };
}
