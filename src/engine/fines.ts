/**
 * Fines for under-declaration as forwarders describe Belgian practice (domain.md section 1). No public Belgian
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
