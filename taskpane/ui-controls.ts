/**
 * The pane's elements in taskpane.html and its action buttons, each listed once: the controller (ui.ts) finds every
 * element through these tables, and test/taskpane/ui.test.ts checks that the page has each of them.
 */
import { type ActionName, type ActionResult, type Asking, type PaneInputs } from "./actions/action-result";
import { checkShipment } from "./actions/check";
import { fillVatRates } from "./actions/fill-vat";
import { proForma } from "./actions/pro-forma";
import { type CostTotals, shareCosts } from "./actions/share-costs";
import { vatStatement } from "./actions/vat-statement";
import { type ExcelBatch } from "./excel-adapter";
import { type FormField } from "./settings-form";

export const ELEMENT_IDS = {
  app: "app",
  /** Everything but the header and the status line: hidden outside Excel. */
  pane: "pane",
  status: "status",
  error: "error",
  source: "source",
  sourceInfo: "source-info",
  refresh: "refresh",
  /** Where Check shipment, Fill VAT rates, Pro forma and VAT statement say an error: beside their buttons. */
  actionMessage: "action-message",
  /** Why an action's button is off on this sheet (a column it needs is missing), beside the buttons. */
  actionsUnavailable: "actions-unavailable",
  progressArea: "progress-area",
  progress: "progress",
  progressLabel: "progress-label",
  cancel: "cancel",
  /** Progress said to screen readers at sensible steps (a quarter at a time), not at every chunk. */
  progressAnnouncement: "progress-announcement",
  result: "result",
  resultHeading: "result-heading",
  resultBody: "result-body",
  /** Says that the result shown is of the sheet as it was (another sheet was read, or the columns changed). */
  resultStale: "result-stale",
  /** Where the skip link past the flagged rows leads. */
  afterResult: "after-result",
  mapping: "mapping",
  mappingSection: "mapping-section",
  mappingReset: "mapping-reset",
  settings: "settings",
  settingsSection: "settings-section",
  settingsError: "settings-error",
  saveSettings: "save-settings",
  vatDeferral: "vat-deferral",
  controlledGoods: "controlled-goods",
  /** The pane's language: Office's, or the user's choice (not a setting of the check: kept on its own). */
  paneLanguage: "pane-language",
  /** The settings form's text fields and drop-downs. */
  settingsFields: {
    declarationDate: "declaration-date",
    tolerance: "tolerance",
    offenceLevel: "offence-level",
    fineFirst: "fine-first",
    fineSecond: "fine-second",
    exchangeRates: "exchange-rates",
    dutyRates: "duty-rates",
    vatRates: "vat-rates",
    channel: "default-channel",
    lowValueItemDigits: "low-value-item-digits",
    /** The language of the words written into the workbook. */
    language: "workbook-language",
  } satisfies Readonly<Record<FormField, string>>,
  /** The Share shipment costs fields, where an InputError of theirs is shown, and the shipments offered. */
  costTotals: {
    freight: "share-freight",
    lastMile: "share-last-mile",
    handling: "share-handling",
    shipment: "share-shipment",
  } satisfies Readonly<Record<keyof CostTotals, string>>,
  shareError: "share-error",
  shareUnavailable: "share-unavailable",
  shipmentIds: "shipment-ids",
} as const;

/** An action button: its element, and what it runs (given the share form's totals as typed when it is pressed). */
export interface ActionButton {
  readonly id: string;
  readonly run: (batch: ExcelBatch, inputs: PaneInputs, totals: CostTotals) => Promise<ActionResult | Asking>;
  /** Where the action's errors are shown: next to its button. */
  readonly messageAt: string;
  /** Where the pane says why the button is off on this sheet. */
  readonly unavailableAt: string;
}

export const ACTION_BUTTONS: Readonly<Record<ActionName, ActionButton>> = {
  check: {
    id: "check",
    run: checkShipment,
    messageAt: ELEMENT_IDS.actionMessage,
    unavailableAt: ELEMENT_IDS.actionsUnavailable,
  },
  fillVat: {
    id: "fill-vat",
    run: fillVatRates,
    messageAt: ELEMENT_IDS.actionMessage,
    unavailableAt: ELEMENT_IDS.actionsUnavailable,
  },
  proForma: {
    id: "pro-forma",
    run: proForma,
    messageAt: ELEMENT_IDS.actionMessage,
    unavailableAt: ELEMENT_IDS.actionsUnavailable,
  },
  vatStatement: {
    id: "vat-statement",
    run: vatStatement,
    messageAt: ELEMENT_IDS.actionMessage,
    unavailableAt: ELEMENT_IDS.actionsUnavailable,
  },
  shareCosts: {
    id: "share",
    run: shareCosts,
    messageAt: ELEMENT_IDS.shareError,
    unavailableAt: ELEMENT_IDS.shareUnavailable,
  },
};
