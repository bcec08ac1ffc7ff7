/** The calculation engine: pure functions on exact decimals. No Office, no DOM, no file I/O. */
export * from "./allocation";
export * from "./checks";
export * from "./countries";
export * from "./currency";
export * from "./dates";
export * from "./duty";
export * from "./exact";
export * from "./fines";
export * from "./hs-code";
export * from "./input-error";
export * from "./inverse-value";
export * from "./links";
export * from "./messages";
export * from "./number-text";
export * from "./readers";
export * from "./vat-number";
export * from "./vat-rates";
