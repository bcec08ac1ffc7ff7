import type { AnyTypeSpec } from "./spec";
import {
  cellValueConditionalFormatSpec,
  conditionalFormatCollectionSpec,
  conditionalFormatRuleSpec,
  conditionalFormatSpec,
  conditionalRangeFillSpec,
  conditionalRangeFontSpec,
  conditionalRangeFormatSpec,
  customConditionalFormatSpec,
  textConditionalFormatSpec,
} from "./types/conditional-format";
import { headerFooterGroupSpec, headerFooterSpec, pageLayoutSpec } from "./types/page-layout";
import { rangeSpec } from "./types/range";
import { rangeAreasSpec } from "./types/range-areas";
import {
  rangeBorderCollectionSpec,
  rangeBorderSpec,
  rangeFillSpec,
  rangeFontSpec,
  rangeFormatSpec,
} from "./types/range-format";
import {
  tableCollectionSpec,
  tableColumnCollectionSpec,
  tableColumnSpec,
  tableRowCollectionSpec,
  tableRowSpec,
  tableSpec,
} from "./types/table";
import { applicationSpec, settingCollectionSpec, settingSpec, workbookSpec } from "./types/workbook";
import { autoFilterSpec, freezePanesSpec, worksheetCollectionSpec, worksheetSpec } from "./types/worksheet";

// Each spec is written against its own target type; the registry erases it (see spec.ts).
const ALL: AnyTypeSpec[] = [
  workbookSpec,
  applicationSpec,
  settingCollectionSpec,
  settingSpec,
  worksheetCollectionSpec,
  worksheetSpec,
  freezePanesSpec,
  autoFilterSpec,
  pageLayoutSpec,
  headerFooterGroupSpec,
  headerFooterSpec,
  rangeSpec,
  rangeAreasSpec,
  rangeFormatSpec,
  rangeFillSpec,
  rangeFontSpec,
  rangeBorderCollectionSpec,
  rangeBorderSpec,
  conditionalFormatCollectionSpec,
  conditionalFormatSpec,
  cellValueConditionalFormatSpec,
  textConditionalFormatSpec,
  customConditionalFormatSpec,
  conditionalFormatRuleSpec,
  conditionalRangeFormatSpec,
  conditionalRangeFillSpec,
  conditionalRangeFontSpec,
  tableCollectionSpec,
  tableSpec,
  tableColumnCollectionSpec,
  tableColumnSpec,
  tableRowCollectionSpec,
  tableRowSpec,
];

export const TYPES: ReadonlyMap<string, AnyTypeSpec> = new Map(ALL.map((spec) => [spec.name, spec]));

export const ROOT_TYPE = "Workbook";

export function typeSpec(name: string): AnyTypeSpec {
  const spec = TYPES.get(name);
  if (!spec) throw new Error(`fake-office: unknown API type ${name}`);
  return spec;
}
