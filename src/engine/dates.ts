import { InputError } from "./input-error";

/** A calendar date as "YYYY-MM-DD": compares correctly as text and carries no time zone. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is behind us. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** The calendar date of an Excel date serial number (the time of day, its fraction, is dropped). */
export function isoDateFromExcelSerial(serial: number, field: string): IsoDate {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) {
    throw new InputError(field, { key: "notAnExcelDate", params: { serial } }, "enterExcelDate");
  }
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** A date written as YYYY-MM-DD or, as Belgians and Germans write it, DD/MM/YYYY or DD.MM.YYYY. */
export function isoDateFromText(text: string, field: string): IsoDate {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dayFirst = DAY_FIRST_DATE.exec(trimmed);
  const parts = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : undefined;
  if (parts) {
    const [year, month, day] = parts.map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date.toISOString().slice(0, 10);
    }
  }
  throw new InputError(
    field,
    { key: "notADate", params: { shown: { text: trimmed, as: "quoted" } } },
    "writeIsoDate",
  );
}

/** The local calendar date of a moment (the user's "today"). */
export function isoDateOf(moment: Date): IsoDate {
  const month = String(moment.getMonth() + 1).padStart(2, "0");
  const day = String(moment.getDate()).padStart(2, "0");
  return `${moment.getFullYear()}-${month}-${day}`;
}
