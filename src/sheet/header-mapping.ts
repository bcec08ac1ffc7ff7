import {
  type Field,
  INPUT_COLUMNS,
  OUTPUT_COLUMNS,
  type OutputColumn,
  REQUIRED_FIELDS,
  columnDefinition,
  fieldOfHeader,
  headerKey,
  isNonDeductibleHeader,
  outputHeader,
  outputOfHeader,
  outputOfHeaderKey,
  valueJudgedHeader,
} from "./columns";
import { type AnyLanguage, type DecimalMark, channelOf, parseNumberText, readHsCode } from "../engine";
import {
  type CellValue,
  cellNumber,
  cellText,
  fieldValue,
  isEmptyCell,
  isFormattedNumber,
  readDuty,
} from "./cell-values";
import { sheetWordsOf } from "./lang";

/** Where things are in a sheet: the header row and which column holds each field. */
export interface SheetLayout {
  /** Index of the header row in the 2-D array (0-based). Notes or a title may stand above it. */
  readonly headerRowIndex: number;
  readonly headers: readonly string[];
  /** Column index of each mapped field. */
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  /**
   * Column index of each of the checker's own output columns already in the sheet (an earlier run's, known by
   * the checker's records or by its marked header), to update in place. A column of the user's that only has an
   * output column's name ("Status" in an Amazon report) is not one of them: it is kept as it is.
   */
  readonly outputColumns: Readonly<Partial<Record<OutputColumn, number>>>;
  /** The header of each output column: as the sheet has it, or the one to create (outputHeaders). */
  readonly outputHeaders: Readonly<Record<OutputColumn, string>>;
  /** Output columns whose name a column of the user's has: the user's column stays, the checker's is marked. */
  readonly renamedOutputs: readonly RenamedOutput[];
  /** Columns whose name alone is ambiguous ("Duty"), read or not as the field by their values. */
  readonly judgedColumns: readonly JudgedColumn[];
  /** Headers of non-deductible cost columns, recognised and left out of the calculation. */
  readonly ignoredCostColumns: readonly string[];
  /** Headers that are none of the above. */
  readonly unmappedColumns: readonly string[];
  readonly missingRequired: readonly Field[];
  /** Fields that more than one column claims. */
  readonly duplicates: readonly { readonly field: string; readonly headers: readonly string[] }[];
  /**
   * The decimal mark of each number column where the sheet's text shows it (number-conventions.ts); numbers
   * written as text that read two ways ("1.299") are refused in columns without one.
   */
  readonly decimalMarks?: Readonly<Partial<Record<Field, DecimalMark>>>;
  /**
   * Per date field whose column writes a date month first only ("12/25/2026"): that text. The column's dates that
   * read either way (07/01/2026) are then refused, not read day first (number-conventions.ts).
   */
  readonly monthFirstDates?: Readonly<Partial<Record<Field, string>>>;
  /** The check's language: that of the output headers still to be made and of the name of a column not there. */
  readonly language: AnyLanguage;
}

export interface RenamedOutput {
  readonly name: OutputColumn;
  /** The checker's header for it ("Status (customs check)"). */
  readonly header: string;
  /** The user's column with the plain name, and its index. */
  readonly userHeader: string;
  readonly userColumn: number;
}

export interface JudgedColumn {
  readonly header: string;
  readonly index: number;
  readonly field: Field;
  /** True when its values show they are the field (rates, channels, HS codes) and it was read as it. */
  readonly read: boolean;
  /** What it is read as when its values do not show the field (商品编码: the SKU); without one, it is not read. */
  readonly otherwise?: Field;
}

/** What the checker knows about a sheet besides its header row. */
export interface SheetKnowledge {
  /** Its own output columns, by its records of an earlier run (ownOutputColumns turns records into these). */
  readonly ownOutputs?: Readonly<Partial<Record<OutputColumn, number>>>;
  /** The same as recorded, to be found in the header row (ownOutputColumns). */
  readonly recordedOutputs?: readonly RecordedOutput[];
  /** The sheet was checked by a version that kept no records: its output headers side by side are its own. */
  readonly checkedWithoutRecords?: boolean;
  /** The sheet's rows, header row included (same indexes as the layout): ambiguous columns are judged by them. */
  readonly rows?: readonly (readonly CellValue[])[];
}

/** A user's correction of the detected mapping: a column index, or null for "not in this sheet". */
export type MappingOverrides = Readonly<Partial<Record<Field, number | null>>>;

/** Rows looked at for the header row: titles and notes may stand above it, a table does not start lower. */
export const HEADER_SCAN_ROWS = 30;

/**
 * Known columns that make a row the header row without a price column among them: a sheet that names its price in
 * its own words ("Verkaufswert") still has its columns mapped and shown, so the user can pick the price column.
 */
export const HEADER_MIN_FIELDS = 3;

/** The words for a sheet without a header row, wherever the check is refused for it (English; sheetProblems). */
export const NO_HEADER_ROW = sheetWordsOf("en").sheetProblems.noHeaderRow({
  rows: HEADER_SCAN_ROWS,
  fields: HEADER_MIN_FIELDS,
});

/**
 * The header row is the one among the first rows that names the most known columns, with the price among them or
 * at least HEADER_MIN_FIELDS of them. `mappedHeaders` are the header texts the user picked for fields (the pane's
 * mapping): they count as known columns.
 */
export function findHeaderRow(
  values: readonly (readonly CellValue[])[],
  mappedHeaders: ReadonlyMap<string, Field> = new Map(),
): number | undefined {
  let best: { index: number; score: number } | undefined;
  const scanned = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < scanned; index++) {
    const fields = new Set<Field>();
    for (const cell of values[index] ?? []) {
      const text = cellText(cell);
      const field = mappedHeaders.get(headerKey(text)) ?? fieldOfHeader(text)?.field;
      if (field !== undefined) fields.add(field);
    }
    const qualifies = fields.has("price") || fields.size >= HEADER_MIN_FIELDS;
    if (qualifies && (best === undefined || fields.size > best.score)) best = { index, score: fields.size };
  }
  return best?.index;
}

/** Data rows looked at to judge an ambiguous column: enough to see what it holds, all within the first rows. */
const JUDGED_ROWS = 50;

/** The first JUDGED_ROWS values of a column below the header, empty cells left out. */
function* judgedValues(
  column: number,
  layout: { headerRowIndex: number },
  knowledge: SheetKnowledge,
): Generator<CellValue> {
  const rows = knowledge.rows ?? [];
  let seen = 0;
  for (let index = layout.headerRowIndex + 1; index < rows.length && seen < JUDGED_ROWS; index++) {
    const cell = rows[index]?.[column];
    if (isEmptyCell(cell)) continue;
    seen++;
    yield cell;
  }
}

/**
 * Whether a column holds rates: every value in its first data rows reads as a duty rate (a fraction below 1,
 * "12 %", the tariff's wording) and at least one says so plainly (a % sign, the tariff's wording, or a number
 * formatted as a percentage). A bare 0.45 may be a duty of 0.45 EUR: alone it proves nothing, and a column read as
 * rates when it holds amounts would lower the inverse value without a word.
 */
function holdsRates(
  column: number,
  header: string,
  layout: { headerRowIndex: number },
  knowledge: SheetKnowledge,
) {
  let plain = false;
  for (const cell of judgedValues(column, layout, knowledge)) {
    const number = cellNumber(cell);
    if (number !== undefined) {
      if (!(number >= 0 && number < 1)) return false;
      // Formatted as a percentage (Excel shows 0.12 as 12 %) it says so; formatted in a currency it is an amount.
      if (isFormattedNumber(cell)) {
        if (cell.currency !== undefined) return false;
        if (cell.percent) plain = true;
      }
    } else if (typeof cell === "string") {
      try {
        readDuty(cell, header);
      } catch {
        return false;
      }
      // "0,45" may be EUR 0.45 of duty as well as 45 %: only a % sign or the tariff's wording proves a rate.
      if (/%/.test(cell) || parseNumberText(cell).kind === "notANumber") plain = true;
    } else return false;
  }
  return plain;
}

/** Whether a column holds channels: its first data rows hold channel words (channelOf) and nothing else. */
function holdsChannels(
  column: number,
  _header: string,
  layout: { headerRowIndex: number },
  knowledge: SheetKnowledge,
) {
  let seen = 0;
  for (const cell of judgedValues(column, layout, knowledge)) {
    seen++;
    if (typeof cell !== "string" || channelOf(cell) === undefined) return false;
  }
  return seen > 0;
}

/**
 * Whether a column holds HS codes: every value in its first data rows is written as one (digits, however spaced or
 * dotted) and most are valid (6, 8 or 10 digits of a chapter that exists), so that a code mistyped is flagged on its
 * row rather than turning the column into SKUs. A SKU list of such numbers would pass too, which the sheet notes say
 * (readAsHsCodes), with the way to have it read as the SKU.
 */
function holdsHsCodes(
  column: number,
  _header: string,
  layout: { headerRowIndex: number },
  knowledge: SheetKnowledge,
) {
  let seen = 0;
  let valid = 0;
  for (const cell of judgedValues(column, layout, knowledge)) {
    seen++;
    if (typeof cell !== "string" && typeof cell !== "number") return false;
    const reading = readHsCode(cell);
    if (reading.valid) valid++;
    else if (!(typeof reading.problem === "object" && DIGITS_WRITTEN.has(reading.problem.key))) return false;
  }
  return valid > seen / 2;
}

/** The problems of an HS code that is written in digits, but not a valid one (readHsCode). */
const DIGITS_WRITTEN: ReadonlySet<string> = new Set(["hsCodeDigitCount", "noSuchChapter"]);

/**
 * The header of each output column and the ones renamed because a column of the user's has their name. An output
 * column the sheet has keeps its header, whatever its language; a new one gets the header of `language`.
 */
function outputNames(
  headers: readonly string[],
  outputColumns: Readonly<Partial<Record<OutputColumn, number>>>,
  language: AnyLanguage,
): { outputHeaders: Record<OutputColumn, string>; renamedOutputs: RenamedOutput[] } {
  const taken = new Set(headers.map(headerKey));
  const outputHeaders = {} as Record<OutputColumn, string>;
  const renamedOutputs: RenamedOutput[] = [];
  for (const name of OUTPUT_COLUMNS) {
    const own = outputColumns[name];
    const plain = headerKey(outputHeader(name, 0, language));
    const userColumn = headers.findIndex((header, index) => index !== own && headerKey(header) === plain);
    let header: string;
    if (own !== undefined) header = headers[own];
    else {
      let distinct = userColumn < 0 ? 0 : 1;
      while (taken.has(headerKey(outputHeader(name, distinct, language)))) distinct++;
      header = outputHeader(name, distinct, language);
      taken.add(headerKey(header));
    }
    outputHeaders[name] = header;
    if (userColumn >= 0) renamedOutputs.push({ name, header, userHeader: headers[userColumn], userColumn });
  }
  return { outputHeaders, renamedOutputs };
}

/**
 * Maps the columns of a header row to fields, applying the user's corrections. The checker's own output columns
 * are those its records name (knowledge.ownOutputs) and those with its marked headers ("Status (customs check)"),
 * in any language; any other column is the user's, whatever its name, and is read or kept as such. `language`:
 * the check's, that of the headers of output columns still to be made.
 */
export function mapColumns(
  headerRow: readonly CellValue[],
  headerRowIndex: number,
  overrides: MappingOverrides = {},
  knowledge: SheetKnowledge = {},
  language: AnyLanguage = "en",
): SheetLayout {
  const headers = headerRow.map((cell) => cellText(cell).trim());
  const claims = new Map<string, number[]>();
  const outputColumns: Partial<Record<OutputColumn, number>> = {};
  const ignoredCostColumns: string[] = [];
  const unmappedColumns: string[] = [];
  const judged: { header: string; index: number; field: Field; otherwise?: Field }[] = [];
  const ownAt = new Map<number, OutputColumn>();
  const ownOutputs = {
    ...(knowledge.checkedWithoutRecords === true ? unrecordedOutputColumns(headers) : {}),
    ...ownOutputColumns(headers, knowledge.recordedOutputs ?? []),
    ...knowledge.ownOutputs,
  };
  for (const [name, index] of Object.entries(ownOutputs) as [OutputColumn, number][])
    if (Number.isInteger(index) && index >= 0 && index < headers.length) ownAt.set(index, name);

  headers.forEach((header, index) => {
    const output = ownAt.get(index) ?? (header === "" ? undefined : outputOfHeader(header));
    const own = typeof output === "string" ? output : output?.marked === true ? output.name : undefined;
    if (own !== undefined) {
      claims.set(own, [...(claims.get(own) ?? []), index]);
      outputColumns[own] ??= index;
      return;
    }
    if (header === "") return;
    const column = fieldOfHeader(header);
    const judgedHeader = valueJudgedHeader(header);
    if (column !== undefined) claims.set(column.field, [...(claims.get(column.field) ?? []), index]);
    else if (judgedHeader !== undefined) judged.push({ ...judgedHeader, header, index });
    else if (isNonDeductibleHeader(header)) ignoredCostColumns.push(header);
    else unmappedColumns.push(header);
  });

  const overriddenColumns = Object.values(overrides);
  const judgedColumns: JudgedColumn[] = judged.map(({ header, index, field, otherwise }) => {
    const holds = field === "channel" ? holdsChannels : field === "hsCode" ? holdsHsCodes : holdsRates;
    const read =
      !claims.has(field) &&
      !(field in overrides) &&
      !overriddenColumns.includes(index) &&
      holds(index, header, { headerRowIndex }, knowledge);
    if (read) claims.set(field, [index]);
    else if (otherwise !== undefined) claims.set(otherwise, [...(claims.get(otherwise) ?? []), index]);
    else unmappedColumns.push(header);
    return otherwise === undefined
      ? { header, index, field, read }
      : { header, index, field, read, otherwise };
  });

  const columns: Partial<Record<Field, number>> = {};
  for (const { field } of INPUT_COLUMNS) {
    const claimed = claims.get(field);
    if (claimed !== undefined) columns[field] = claimed[0];
  }
  for (const [field, index] of Object.entries(overrides) as [Field, number | null][]) {
    if (index === null) delete columns[field];
    else if (Number.isInteger(index) && index >= 0 && index < headers.length) columns[field] = index;
  }

  const overridden = new Set(Object.keys(overrides));
  const duplicates = [...claims.entries()]
    .filter(([field, indexes]) => indexes.length > 1 && !overridden.has(field))
    .map(([field, indexes]) => ({ field, headers: indexes.map((index) => headers[index]) }));
  const missingRequired = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  return {
    headerRowIndex,
    headers,
    columns,
    outputColumns,
    ...outputNames(headers, outputColumns, language),
    judgedColumns,
    ignoredCostColumns,
    unmappedColumns,
    missingRequired,
    duplicates,
    language,
  };
}

/** The words for a sheet without a column the check needs. */
export function missingColumnProblem(field: Field, language: AnyLanguage = "en"): string {
  const words = sheetWordsOf(language);
  const header = words.headers.fields[field];
  const column = columnDefinition(field);
  // Other names it may have, each once however written ("Price incl. VAT" and "Price incl VAT" are one).
  const seen = new Set([headerKey(header)]);
  const others: string[] = [];
  for (const name of [column.header, ...column.aliases]) {
    const key = headerKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    others.push(name);
  }
  return words.sheetProblems.missingColumn({ header, aliases: others.slice(0, 3) });
}

/**
 * Problems that stop a check, in words: the columns missing of those `needs` names (the check's required ones
 * unless told), and ambiguous duplicates.
 */
export function layoutProblems(
  layout: SheetLayout,
  needs: readonly Field[] = REQUIRED_FIELDS,
  language: AnyLanguage = "en",
): string[] {
  const problems = needs
    .filter((field) => layout.columns[field] === undefined)
    .map((field) => missingColumnProblem(field, language));
  const words = sheetWordsOf(language);
  // A field's name, or an output column's (two columns of the checker's own under one name).
  const names: Readonly<Record<string, string>> = { ...words.headers.output, ...words.headers.fields };
  for (const duplicate of layout.duplicates) {
    const meaning = names[duplicate.field] ?? duplicate.field;
    problems.push(words.sheetProblems.duplicateHeaders({ headers: duplicate.headers, meaning }));
  }
  return problems;
}

/** Finds the header row and maps it; undefined when no row looks like a header. */
export function locateColumns(
  values: readonly (readonly CellValue[])[],
  overrides: MappingOverrides = {},
  knowledge: SheetKnowledge = {},
  language: AnyLanguage = "en",
): SheetLayout | undefined {
  const headerRowIndex = findHeaderRow(values);
  return headerRowIndex === undefined
    ? undefined
    : mapColumns(values[headerRowIndex], headerRowIndex, overrides, { rows: values, ...knowledge }, language);
}

/** An output column as the checker's records name it: the header it wrote and where (0-based column). */
export interface RecordedOutput {
  readonly header: string;
  readonly index: number;
}

/**
 * The checker's own output columns, from its records of the last run: a recorded column is still its own when the
 * column there has the header it wrote, or, when columns were inserted or removed since, when exactly one column
 * has that header. Anything else is the user's now.
 */
export function ownOutputColumns(
  headers: readonly string[],
  recorded: readonly RecordedOutput[],
): Partial<Record<OutputColumn, number>> {
  const own: Partial<Record<OutputColumn, number>> = {};
  for (const { header, index } of recorded) {
    const output = outputOfHeader(header);
    if (output === undefined) continue;
    const key = headerKey(header);
    const same = headers.flatMap((text, column) => (headerKey(text) === key ? [column] : []));
    const at = same.includes(index) ? index : same.length === 1 ? same[0] : undefined;
    if (at !== undefined) own[output.name] = at;
  }
  return own;
}

/**
 * The output columns of a workbook the checker wrote before it kept records (its Audit sheet says it checked the
 * workbook): the six headers side by side, in the checker's order and in any language, are its own.
 */
export function unrecordedOutputColumns(headers: readonly string[]): Partial<Record<OutputColumn, number>> {
  const keys = headers.map(headerKey);
  const first = keys.findIndex((_, start) =>
    OUTPUT_COLUMNS.every((name, offset) => outputOfHeaderKey(keys[start + offset] ?? "") === name),
  );
  if (first < 0) return {};
  return Object.fromEntries(OUTPUT_COLUMNS.map((name, offset) => [name, first + offset]));
}

/** The header a field's column has in this sheet, or the product's name for it in the check's language. */
export function columnHeader(layout: SheetLayout, field: Field): string {
  const index = layout.columns[field];
  return (
    (index === undefined ? undefined : layout.headers[index]) ||
    sheetWordsOf(layout.language).headers.fields[field]
  );
}

/**
 * A field's cell in a row, or undefined when the sheet has no such column: the one way to find it. A cell merged
 * over a shipment's rows in a field that reads the area's value gives that value (merged-cells.ts).
 */
export function fieldCell(cells: readonly CellValue[], layout: SheetLayout, field: Field): CellValue {
  const index = layout.columns[field];
  return index === undefined ? undefined : fieldValue(cells[index]);
}

/** A reader of one kind of value: the cell, the column's header for messages, the column's decimal mark. */
export type CellReader<T> = (cell: CellValue, header: string, mark?: DecimalMark) => T;

/** A field of a row read with `reader`, which is told the column's header and the decimal mark the sheet shows. */
export function readField<T>(
  cells: readonly CellValue[],
  layout: SheetLayout,
  field: Field,
  reader: CellReader<T>,
): T {
  return reader(fieldCell(cells, layout, field), columnHeader(layout, field), layout.decimalMarks?.[field]);
}
