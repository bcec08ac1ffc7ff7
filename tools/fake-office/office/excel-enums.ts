/**
 * Excel's string enums, as the runtime defines them on the Excel namespace. Each object is checked
 * against @types/office-js at compile time (MirrorOf): a wrong, missing or extra member fails tsc.
 * Members are listed in the order of @types/office-js.
 */
type MirrorOf<E> = { readonly [K in keyof E]: `${E[K] & string}` };

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
  rangeExceedsLimit: "RangeExceedsLimit",
  rangeImageExceedsLimit: "RangeImageExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedFillType: "UnsupportedFillType",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const satisfies MirrorOf<typeof Excel.ErrorCodes>;

export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const satisfies MirrorOf<typeof Excel.ConditionalFormatType>;

export const ConditionalCellValueOperator = {
  invalid: "Invalid",
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const satisfies MirrorOf<typeof Excel.ConditionalCellValueOperator>;

export const ConditionalTextOperator = {
  invalid: "Invalid",
  contains: "Contains",
  notContains: "NotContains",
  beginsWith: "BeginsWith",
  endsWith: "EndsWith",
} as const satisfies MirrorOf<typeof Excel.ConditionalTextOperator>;

export const ConditionalRangeFontUnderlineStyle = {
  none: "None",
  single: "Single",
  double: "Double",
} as const satisfies MirrorOf<typeof Excel.ConditionalRangeFontUnderlineStyle>;

export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
} as const satisfies MirrorOf<typeof Excel.ClearApplyTo>;

export const CalculationMode = {
  automatic: "Automatic",
  automaticExceptTables: "AutomaticExceptTables",
  manual: "Manual",
} as const satisfies MirrorOf<typeof Excel.CalculationMode>;

export const CalculationType = {
  recalculate: "Recalculate",
  full: "Full",
  fullRebuild: "FullRebuild",
} as const satisfies MirrorOf<typeof Excel.CalculationType>;

export const CalculationState = {
  done: "Done",
  calculating: "Calculating",
  pending: "Pending",
} as const satisfies MirrorOf<typeof Excel.CalculationState>;

export const HorizontalAlignment = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
} as const satisfies MirrorOf<typeof Excel.HorizontalAlignment>;

export const VerticalAlignment = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
} as const satisfies MirrorOf<typeof Excel.VerticalAlignment>;

export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const satisfies MirrorOf<typeof Excel.SheetVisibility>;

export const RangeValueType = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
} as const satisfies MirrorOf<typeof Excel.RangeValueType>;

export const BorderIndex = {
  edgeTop: "EdgeTop",
  edgeBottom: "EdgeBottom",
  edgeLeft: "EdgeLeft",
  edgeRight: "EdgeRight",
  insideVertical: "InsideVertical",
  insideHorizontal: "InsideHorizontal",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
} as const satisfies MirrorOf<typeof Excel.BorderIndex>;

export const BorderLineStyle = {
  none: "None",
  continuous: "Continuous",
  dash: "Dash",
  dashDot: "DashDot",
  dashDotDot: "DashDotDot",
  dot: "Dot",
  double: "Double",
  slantDashDot: "SlantDashDot",
} as const satisfies MirrorOf<typeof Excel.BorderLineStyle>;

export const BorderWeight = {
  hairline: "Hairline",
  thin: "Thin",
  medium: "Medium",
  thick: "Thick",
} as const satisfies MirrorOf<typeof Excel.BorderWeight>;

export const RangeUnderlineStyle = {
  none: "None",
  single: "Single",
  double: "Double",
  singleAccountant: "SingleAccountant",
  doubleAccountant: "DoubleAccountant",
} as const satisfies MirrorOf<typeof Excel.RangeUnderlineStyle>;

export const PageOrientation = {
  portrait: "Portrait",
  landscape: "Landscape",
} as const satisfies MirrorOf<typeof Excel.PageOrientation>;

export const PaperType = {
  letter: "Letter",
  letterSmall: "LetterSmall",
  tabloid: "Tabloid",
  ledger: "Ledger",
  legal: "Legal",
  statement: "Statement",
  executive: "Executive",
  a3: "A3",
  a4: "A4",
  a4Small: "A4Small",
  a5: "A5",
  b4: "B4",
  b5: "B5",
  folio: "Folio",
  quatro: "Quatro",
  paper10x14: "Paper10x14",
  paper11x17: "Paper11x17",
  note: "Note",
  envelope9: "Envelope9",
  envelope10: "Envelope10",
  envelope11: "Envelope11",
  envelope12: "Envelope12",
  envelope14: "Envelope14",
  csheet: "Csheet",
  dsheet: "Dsheet",
  esheet: "Esheet",
  envelopeDL: "EnvelopeDL",
  envelopeC5: "EnvelopeC5",
  envelopeC3: "EnvelopeC3",
  envelopeC4: "EnvelopeC4",
  envelopeC6: "EnvelopeC6",
  envelopeC65: "EnvelopeC65",
  envelopeB4: "EnvelopeB4",
  envelopeB5: "EnvelopeB5",
  envelopeB6: "EnvelopeB6",
  envelopeItaly: "EnvelopeItaly",
  envelopeMonarch: "EnvelopeMonarch",
  envelopePersonal: "EnvelopePersonal",
  fanfoldUS: "FanfoldUS",
  fanfoldStdGerman: "FanfoldStdGerman",
  fanfoldLegalGerman: "FanfoldLegalGerman",
} as const satisfies MirrorOf<typeof Excel.PaperType>;

export const PrintMarginUnit = {
  points: "Points",
  inches: "Inches",
  centimeters: "Centimeters",
} as const satisfies MirrorOf<typeof Excel.PrintMarginUnit>;

export const PrintOrder = {
  downThenOver: "DownThenOver",
  overThenDown: "OverThenDown",
} as const satisfies MirrorOf<typeof Excel.PrintOrder>;

export const PrintComments = {
  noComments: "NoComments",
  endSheet: "EndSheet",
  inPlace: "InPlace",
} as const satisfies MirrorOf<typeof Excel.PrintComments>;

export const PrintErrorType = {
  asDisplayed: "AsDisplayed",
  blank: "Blank",
  dash: "Dash",
  notAvailable: "NotAvailable",
} as const satisfies MirrorOf<typeof Excel.PrintErrorType>;

export const HeaderFooterState = {
  default: "Default",
  firstAndDefault: "FirstAndDefault",
  oddAndEven: "OddAndEven",
  firstOddAndEven: "FirstOddAndEven",
} as const satisfies MirrorOf<typeof Excel.HeaderFooterState>;

export const FilterOn = {
  bottomItems: "BottomItems",
  bottomPercent: "BottomPercent",
  cellColor: "CellColor",
  dynamic: "Dynamic",
  fontColor: "FontColor",
  values: "Values",
  topItems: "TopItems",
  topPercent: "TopPercent",
  icon: "Icon",
  custom: "Custom",
} as const satisfies MirrorOf<typeof Excel.FilterOn>;

export const FilterOperator = {
  and: "And",
  or: "Or",
} as const satisfies MirrorOf<typeof Excel.FilterOperator>;

export const DeleteShiftDirection = {
  up: "Up",
  left: "Left",
} as const satisfies MirrorOf<typeof Excel.DeleteShiftDirection>;

export const InsertShiftDirection = {
  down: "Down",
  right: "Right",
} as const satisfies MirrorOf<typeof Excel.InsertShiftDirection>;

export const WorksheetPositionType = {
  none: "None",
  before: "Before",
  after: "After",
  beginning: "Beginning",
  end: "End",
} as const satisfies MirrorOf<typeof Excel.WorksheetPositionType>;
