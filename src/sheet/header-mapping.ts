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
  isOutputHeader,
} from "./columns";
import { type CellValue, cellText } from "./cell-values";

/** Where things are in a sheet: the header row and which column holds each field. */
export interface SheetLayout {
  /** Index of the header row in the 2-D array (0-based). Notes or a title may stand above it. */
  readonly headerRowIndex: number;
  readonly headers: readonly string[];
  /** Column index of each mapped field. */
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  /** Column index of each output column already present (from an earlier run). */
  readonly outputColumns: Readonly<Partial<Record<OutputColumn, number>>>;
  /** Headers of non-deductible cost columns, recognised and left out of the calculation. */
  readonly ignoredCostColumns: readonly string[];
  /** Headers that are none of the above. */
  readonly unmappedColumns: readonly string[];
  readonly missingRequired: readonly Field[];
  /** Fields that more than one column claims. */
  readonly duplicates: readonly { readonly field: string; readonly headers: readonly string[] }[];
}

/** A user's correction of the detected mapping: a column index, or null for "not in this sheet". */
export type MappingOverrides = Readonly<Partial<Record<Field, number | null>>>;

const HEADER_SCAN_ROWS = 30;

/** The header row is the one among the first rows that names the most known columns, one of them the price. */
export function findHeaderRow(values: readonly (readonly CellValue[])[]): number | undefined {
  let best: { index: number; score: number } | undefined;
  const scanned = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < scanned; index++) {
    const fields = new Set<Field>();
    for (const cell of values[index] ?? []) {
      const column = fieldOfHeader(cellText(cell));
      if (column !== undefined) fields.add(column.field);
    }
    if (fields.has("price") && (best === undefined || fields.size > best.score))
      best = { index, score: fields.size };
  }
  return best?.index;
}

/** Maps the columns of a header row to fields, applying the user's corrections. */
export function mapColumns(
  headerRow: readonly CellValue[],
  headerRowIndex: number,
  overrides: MappingOverrides = {},
): SheetLayout {
  const headers = headerRow.map((cell) => cellText(cell).trim());
  const claims = new Map<string, number[]>();
  const outputColumns: Partial<Record<OutputColumn, number>> = {};
  const ignoredCostColumns: string[] = [];
  const unmappedColumns: string[] = [];

  headers.forEach((header, index) => {
    if (header === "") return;
    if (isOutputHeader(header)) {
      const output = OUTPUT_COLUMNS.find((name) => headerKey(name) === headerKey(header)) as OutputColumn;
      claims.set(output, [...(claims.get(output) ?? []), index]);
      outputColumns[output] = index;
      return;
    }
    const column = fieldOfHeader(header);
    if (column !== undefined) claims.set(column.field, [...(claims.get(column.field) ?? []), index]);
    else if (isNonDeductibleHeader(header)) ignoredCostColumns.push(header);
    else unmappedColumns.push(header);
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
    ignoredCostColumns,
    unmappedColumns,
    missingRequired,
    duplicates,
  };
}

/** Problems that stop a check, in words: missing required columns and ambiguous duplicates. */
export function layoutProblems(layout: SheetLayout): string[] {
  const problems = layout.missingRequired.map((field) => {
    const column = columnDefinition(field);
    return `No "${column.header}" column: name a column "${column.header}" (or ${column.aliases
      .slice(0, 3)
      .map((alias) => `"${alias}"`)
      .join(", ")})`;
  });
  for (const duplicate of layout.duplicates) {
    const name = INPUT_COLUMNS.find((column) => column.field === duplicate.field)?.header ?? duplicate.field;
    problems.push(
      `Duplicate headers: ${duplicate.headers.map((header) => `"${header}"`).join(" and ")} both mean "${name}"; rename or remove one`,
    );
  }
  return problems;
}

/** Finds the header row and maps it; undefined when no row looks like a header. */
export function locateColumns(
  values: readonly (readonly CellValue[])[],
  overrides: MappingOverrides = {},
): SheetLayout | undefined {
  const headerRowIndex = findHeaderRow(values);
  return headerRowIndex === undefined
    ? undefined
    : mapColumns(values[headerRowIndex], headerRowIndex, overrides);
}

/** The header a field's column has in this sheet, or the product's name for it when the sheet has none. */
export function columnHeader(layout: SheetLayout, field: Field): string {
  const index = layout.columns[field];
  return (index === undefined ? undefined : layout.headers[index]) || columnDefinition(field).header;
}
