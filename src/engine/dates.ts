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

/** An optional time of day after the date, as exports write it ("2026-07-01 10:30:00"); a zone is not taken. */
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?`;
/** Year first: 2026-07-01, and as Chinese ERPs export it, 2026/7/1 or 2026.07.01 (one separator throughout). */
const YEAR_FIRST_DATE = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
/** 2026年7月1日, as Chinese sellers write a date. */
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
/**
 * Day first, as Belgians, Germans and the French write it: 01/07/2026, 01.07.2026, and as the Dutch write it,
 * 01-07-2026. A year first or last is plain; between day and month only the writer's convention decides.
 */
const DAY_FIRST_DATE = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);

/** The date of year, month and day when there is such a day (no 31 April), else undefined. */
function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1000 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** The year, month and day a text date writes, day first when the year comes last. */
function writtenDate(text: string): IsoDate | undefined {
  const yearFirst = YEAR_FIRST_DATE.exec(text) ?? CHINESE_DATE.exec(text);
  if (yearFirst !== null) {
    const [year, month, day] =
      yearFirst.length === 4
        ? [yearFirst[1], yearFirst[2], yearFirst[3]]
        : [yearFirst[1], yearFirst[3], yearFirst[4]];
    return calendarDate(Number(year), Number(month), Number(day));
  }
  const dayFirst = DAY_FIRST_DATE.exec(text);
  if (dayFirst === null) return undefined;
  return calendarDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
}

/**
 * A date written as text: year first (2026-07-01, 2026/7/1, 2026.07.01, 2026年7月1日) or day first, as Belgians,
 * Germans and the French write it (01/07/2026, 01.07.2026) and the Dutch (01-07-2026); a time of day after it is
 * dropped, as an Excel serial's fraction is.
 */
export function isoDateFromText(text: string, field: string): IsoDate {
  const trimmed = text.trim();
  const date = writtenDate(trimmed);
  if (date !== undefined) return date;
  throw new InputError(
    field,
    { key: "notADate", params: { shown: { text: trimmed, as: "quoted" } } },
    "writeIsoDate",
  );
}

/** The two readings of a date whose year comes last, each undefined where there is no such day. */
export interface DayMonthReadings {
  readonly dayFirst: IsoDate | undefined;
  readonly monthFirst: IsoDate | undefined;
}

/** A text date with its year last (01/07/2026) read day first and month first; undefined for any other text. */
export function dayMonthReadings(text: string): DayMonthReadings | undefined {
  // Every text field of a file is asked (number-conventions.ts), and most are no dates: the cheapest test first.
  const first = text.charCodeAt(0);
  if (text.length < 8 || ((first < 48 || first > 57) && first !== 32)) return undefined;
  const trimmed = text.trim();
  const written = DAY_FIRST_DATE.exec(trimmed);
  if (written === null) return undefined;
  const [leading, second, year] = [Number(written[1]), Number(written[3]), Number(written[4])];
  return { dayFirst: calendarDate(year, second, leading), monthFirst: calendarDate(year, leading, second) };
}

/**
 * What a text date says of the order of its day and month: "day first" when only that reading is a date
 * (25/12/2026), "month first" when only the other is (12/25/2026, as US exports write it), "either" when both are
 * different dates (07/01/2026: 7 January or 1 July); undefined for a text that is no such date, or whose two
 * readings are the same day (01/01/2026).
 */
export type DateOrderShown = "day first" | "month first" | "either";

export function dateOrderShown(text: string): DateOrderShown | undefined {
  const readings = dayMonthReadings(text);
  if (readings === undefined) return undefined;
  const { dayFirst, monthFirst } = readings;
  if (dayFirst !== undefined && monthFirst !== undefined)
    return dayFirst === monthFirst ? undefined : "either";
  if (dayFirst !== undefined) return "day first";
  return monthFirst !== undefined ? "month first" : undefined;
}

/** The local calendar date of a moment (the user's "today"). */
export function isoDateOf(moment: Date): IsoDate {
  const month = String(moment.getMonth() + 1).padStart(2, "0");
  const day = String(moment.getDate()).padStart(2, "0");
  return `${moment.getFullYear()}-${month}-${day}`;
}
