/**
 * The task pane's controller: wires the page (taskpane.html) to the actions, keeps the settings form and the column
 * mapping in the workbook, shows progress with Cancel, and says every outcome in the pane in plain words: a result,
 * a refusal, or an error (never only in the console).
 */
import { InputError } from "../src/engine";
import { type StoredSettings } from "../src/sheet";
import { SheetProblem, type Field } from "../src/sheet";
import {
  ACTION_LABELS,
  type ActionName,
  type ActionResult,
  type CostTotals,
  type PaneInputs,
  type SheetView,
  checkShipment,
  describeError,
  fillVatRates,
  inspect,
  loadChoices,
  proForma,
  saveChoices,
  selectRow,
  shareCosts,
  showSheet,
} from "./actions";
import {
  type Batch,
  type BatchStats,
  Cancelled,
  PaneProblem,
  type RunControl,
  runBatch,
} from "./excel-adapter";
import { type SourceChoice } from "./ownership";
import {
  type FormField,
  type SettingsForm,
  formFromStored,
  readForm,
  storedFromSetting,
} from "./settings-form";
import { followOfficeTheme } from "./theme";
import { byId, clear, el } from "./ui-dom";
import { correctedMapping, renderMapping } from "./ui-mapping";
import { renderResult, statusLine } from "./ui-result";

const FORM_FIELDS: Readonly<Record<FormField, string>> = {
  declarationDate: "declaration-date",
  tolerance: "tolerance",
  offenceLevel: "offence-level",
  fineFirst: "fine-first",
  fineSecond: "fine-second",
  exchangeRates: "exchange-rates",
  dutyRates: "duty-rates",
};

const ACTION_BUTTONS: Readonly<Record<ActionName, string>> = {
  check: "check",
  fillVat: "fill-vat",
  proForma: "pro-forma",
  shareCosts: "share",
};

/** An error in words a user can act on. */
export function plainError(error: unknown): string {
  if (error instanceof PaneProblem || error instanceof SheetProblem) return error.message;
  if (error instanceof InputError) return error.message;
  if (error instanceof Cancelled) return "Cancelled while reading the sheet: nothing was written.";
  if (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string"
  ) {
    return `Excel could not finish the request (${describeError(error)}). Nothing after the last completed step was written; try again, and if it happens again, save the workbook and reopen it.`;
  }
  return `Something went wrong: ${describeError(error)}. Nothing more was written.`;
}

export class TaskPane {
  private view: SheetView | undefined;
  private mapping: Record<string, string | null> = {};
  private source: SourceChoice = { kind: "sheet" };
  private busy = false;
  /** A settings change made while an action ran: saved when it ends. */
  private pendingSave = false;
  private cancelRequested = false;
  private lastResult: ActionResult | undefined;

  constructor(private readonly doc: Document) {}

  private get app(): HTMLElement {
    return byId(this.doc, "app");
  }

  async start(): Promise<void> {
    followOfficeTheme(this.doc);
    byId(this.doc, "pane").hidden = false;
    this.wire();
    this.setState("busy");
    this.status("Reading the workbook…");
    try {
      const choices = await runBatch(this.control(), (batch) => loadChoices(batch));
      this.fillForm(formFromStored(storedFromSetting(choices.stored)));
      this.mapping = { ...(choices.mapping ?? {}) };
      this.source = choices.source ?? { kind: "sheet" };
      await this.refresh(false);
    } catch (error) {
      this.showError(error);
      this.setState("error");
    }
  }

  private wire(): void {
    const on = (id: string, handler: () => void) => byId(this.doc, id).addEventListener("click", handler);
    on("check", () => void this.run("check", (batch, inputs) => checkShipment(batch, inputs)));
    on("fill-vat", () => void this.run("fillVat", (batch, inputs) => fillVatRates(batch, inputs)));
    on("pro-forma", () => void this.run("proForma", (batch, inputs) => proForma(batch, inputs)));
    on("share", () => {
      const totals = this.costTotals();
      void this.run("shareCosts", (batch, inputs) => shareCosts(batch, inputs, totals));
    });
    on("cancel", () => {
      this.cancelRequested = true;
      byId(this.doc, "progress-label").textContent = "Cancelling after the part being written…";
      byId<HTMLButtonElement>(this.doc, "cancel").disabled = true;
    });
    on("refresh", () => void this.refresh(true));
    on("mapping-reset", () => {
      this.mapping = {};
      void this.saveMapping();
    });
    const source = byId<HTMLSelectElement>(this.doc, "source");
    source.addEventListener("change", () => {
      const value = source.value;
      this.source = value.startsWith("table:")
        ? { kind: "table", name: value.slice("table:".length) }
        : value === "selection"
          ? { kind: "selection" }
          : { kind: "sheet" };
      void this.saveMapping();
    });
    const form = byId<HTMLFormElement>(this.doc, "settings");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.saveSettings(true);
    });
    form.addEventListener("change", () => void this.saveSettings(false));
  }

  private control(): RunControl {
    return {
      cancelled: () => this.cancelRequested,
      progress: (done, total, label) => {
        const progress = byId<HTMLProgressElement>(this.doc, "progress");
        progress.max = Math.max(1, total);
        progress.value = Math.min(done, total);
        if (!this.cancelRequested) byId(this.doc, "progress-label").textContent = label;
      },
    };
  }

  private setState(state: "ready" | "busy" | "done" | "error" | "refused" | "cancelled"): void {
    this.app.dataset.state = state;
    this.app.setAttribute("aria-busy", state === "busy" ? "true" : "false");
  }

  private status(text: string): void {
    byId(this.doc, "status").textContent = text;
  }

  private showError(error: unknown): void {
    const box = byId(this.doc, "error");
    box.textContent = plainError(error);
    box.hidden = false;
    const known =
      error instanceof PaneProblem ||
      error instanceof SheetProblem ||
      error instanceof InputError ||
      error instanceof Cancelled;
    if (!known) console.error(error);
    this.status(error instanceof Cancelled ? "Cancelled." : "The add-in stopped; see the message below.");
  }

  private hideError(): void {
    const box = byId(this.doc, "error");
    box.hidden = true;
    box.textContent = "";
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of [...Object.values(ACTION_BUTTONS), "refresh", "mapping-reset", "save-settings"])
      byId<HTMLButtonElement>(this.doc, id).disabled = busy;
    byId<HTMLSelectElement>(this.doc, "source").disabled = busy;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Settings

  private formValues(): SettingsForm {
    const value = (id: string) =>
      byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(this.doc, id).value;
    return {
      declarationDate: value("declaration-date"),
      tolerance: value("tolerance"),
      vatDeferral: byId<HTMLInputElement>(this.doc, "vat-deferral").checked,
      offenceLevel: value("offence-level"),
      fineFirst: value("fine-first"),
      fineSecond: value("fine-second"),
      exchangeRates: value("exchange-rates"),
      dutyRates: value("duty-rates"),
    };
  }

  private fillForm(form: SettingsForm): void {
    for (const [field, id] of Object.entries(FORM_FIELDS) as [FormField, string][]) {
      byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(this.doc, id).value = form[field];
    }
    byId<HTMLInputElement>(this.doc, "vat-deferral").checked = form.vatDeferral;
  }

  /** The form's settings, or undefined after showing what is wrong at the field. */
  private settingsFromForm(): { settings: PaneInputs["settings"]; stored: StoredSettings } | undefined {
    const reading = readForm(this.formValues());
    const errorBox = byId(this.doc, "settings-error");
    for (const id of Object.values(FORM_FIELDS)) {
      const input = byId(this.doc, id);
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
    if (reading.ok) {
      errorBox.hidden = true;
      errorBox.textContent = "";
      return { settings: reading.settings, stored: reading.stored };
    }
    const input = byId(this.doc, FORM_FIELDS[reading.field]);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "settings-error");
    errorBox.textContent = reading.message;
    errorBox.hidden = false;
    byId<HTMLDetailsElement>(this.doc, "settings-section").open = true;
    return undefined;
  }

  private async saveSettings(announce: boolean): Promise<void> {
    if (this.busy) {
      this.pendingSave = true;
      return;
    }
    const checked = this.settingsFromForm();
    if (checked === undefined) {
      this.status("The settings were not saved: see the message in Settings.");
      return;
    }
    try {
      await runBatch(this.control(), (batch) => saveChoices(batch, checked.stored));
      if (announce) this.status("Settings saved in this workbook.");
    } catch (error) {
      this.showError(error);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Source and mapping

  private async saveMapping(): Promise<void> {
    if (this.busy || this.view === undefined) {
      await this.refresh(true);
      return;
    }
    const view = this.view;
    try {
      await runBatch(this.control(), (batch) =>
        saveChoices(batch, undefined, {
          id: view.sheetId,
          name: view.sheetName,
          mapping: this.mapping,
          source: this.source,
        }),
      );
    } catch (error) {
      this.showError(error);
      return;
    }
    await this.refresh(true);
  }

  async refresh(announce: boolean): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.setState("busy");
    this.hideError();
    try {
      const view = await runBatch(this.control(), (batch) =>
        inspect(batch, { source: this.source, mapping: this.mapping }),
      );
      this.showView(view);
      this.status(announce ? `Read ${view.sourceLabel}.` : `Ready: ${view.sourceLabel}. Choose an action.`);
      this.setState("ready");
    } catch (error) {
      this.showError(error);
      this.setState("error");
    } finally {
      this.setBusy(false);
    }
  }

  private showView(view: SheetView): void {
    // Re-rendering replaces the drop-downs: keep the keyboard focus where it was.
    const focused = this.doc.activeElement?.id;
    this.view = view;
    this.mapping = { ...view.mapping };
    const select = byId<HTMLSelectElement>(this.doc, "source");
    clear(select);
    select.append(
      el(this.doc, "option", { text: "The active sheet (all used cells)", attributes: { value: "sheet" } }),
      el(this.doc, "option", { text: "The selected cells", attributes: { value: "selection" } }),
      ...view.tables.map((name) =>
        el(this.doc, "option", { text: `Table ${name}`, attributes: { value: `table:${name}` } }),
      ),
    );
    const current = this.source.kind === "table" ? `table:${this.source.name}` : this.source.kind;
    if (this.source.kind === "table" && !view.tables.includes(this.source.name)) {
      select.append(
        el(this.doc, "option", { text: `Table ${this.source.name}`, attributes: { value: current } }),
      );
    }
    select.value = current;
    const info = byId(this.doc, "source-info");
    clear(info);
    const mapped = Object.keys(view.mapped).length;
    info.append(`${view.sourceLabel}: ${view.headers.length} columns, ${mapped} recognised.`);
    if (view.problems.length > 0)
      info.append(
        el(this.doc, "span", {
          className: "message message-warning",
          text: ` ${view.problems.join("; ")}.`,
          attributes: { role: "note" },
        }),
      );
    renderMapping(this.doc, byId(this.doc, "mapping"), view, this.mapping, (field: Field, choice: string) => {
      this.mapping = correctedMapping(this.mapping, view, field, choice);
      void this.saveMapping();
    });
    if (focused !== undefined && focused !== "" && this.doc.activeElement?.id !== focused)
      this.doc.getElementById(focused)?.focus();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Actions

  private costTotals(): CostTotals {
    const value = (id: string) => byId<HTMLInputElement>(this.doc, id).value;
    return {
      freight: value("share-freight"),
      lastMile: value("share-last-mile"),
      handling: value("share-handling"),
      shipment: value("share-shipment"),
    };
  }

  private async run(
    action: ActionName,
    body: (batch: Batch, inputs: PaneInputs) => Promise<ActionResult>,
  ): Promise<void> {
    if (this.busy) return;
    const checked = this.settingsFromForm();
    if (checked === undefined) {
      this.status(`${ACTION_LABELS[action]} did not run: a setting needs fixing (see Settings).`);
      byId(this.doc, FORM_FIELDS.declarationDate).closest("details")?.setAttribute("open", "");
      this.setState("error");
      return;
    }
    const inputs: PaneInputs = {
      source: this.source,
      settings: checked.settings,
      stored: checked.stored,
      mapping: this.mapping,
    };
    this.setBusy(true);
    this.setState("busy");
    this.hideError();
    this.cancelRequested = false;
    const shareError = byId(this.doc, "share-error");
    shareError.hidden = true;
    const progressArea = byId(this.doc, "progress-area");
    byId<HTMLProgressElement>(this.doc, "progress").removeAttribute("value");
    byId(this.doc, "progress-label").textContent = `${ACTION_LABELS[action]}: reading the sheet…`;
    byId<HTMLButtonElement>(this.doc, "cancel").disabled = false;
    progressArea.hidden = false;
    this.status(`${ACTION_LABELS[action]}…`);
    let stats: BatchStats | undefined;
    try {
      const result = await runBatch(this.control(), (batch) => {
        stats = batch.stats;
        return body(batch, inputs);
      });
      this.lastResult = result;
      this.showView(result.view);
      if (result.shipments !== undefined) this.fillShipments(result.shipments);
      const resultSection = byId(this.doc, "result");
      resultSection.hidden = false;
      byId(this.doc, "result-heading").textContent = `Result: ${ACTION_LABELS[action]}`;
      renderResult(this.doc, byId(this.doc, "result-body"), result, {
        selectRow: (row) => void this.select(row),
        showSheet: (name) => void this.goTo(name),
      });
      this.status(statusLine(result));
      this.setState("done");
    } catch (error) {
      if (action === "shareCosts" && error instanceof InputError) {
        shareError.textContent = error.message;
        shareError.hidden = false;
      }
      this.showError(error);
      this.setState(
        error instanceof PaneProblem ? "refused" : error instanceof Cancelled ? "cancelled" : "error",
      );
    } finally {
      this.app.dataset.action = action;
      if (stats !== undefined) {
        this.app.dataset.syncs = String(stats.syncs);
        this.app.dataset.readChunks = String(stats.readChunks);
        this.app.dataset.writeChunks = String(stats.writeChunks);
        this.app.dataset.retries = String(stats.retries);
      }
      progressArea.hidden = true;
      this.setBusy(false);
      if (this.pendingSave) {
        this.pendingSave = false;
        void this.saveSettings(false);
      }
    }
  }

  private fillShipments(ids: readonly string[]): void {
    const list = byId(this.doc, "shipment-ids");
    clear(list);
    list.append(...ids.slice(0, 500).map((id) => el(this.doc, "option", { attributes: { value: id } })));
  }

  private async select(row: number): Promise<void> {
    const target = this.lastResult?.rowTarget;
    if (target === undefined) return;
    try {
      await runBatch(this.control(), (batch) => selectRow(batch, target, row));
      this.status(`Selected row ${row} in ${target.sheetName}.`);
    } catch (error) {
      this.showError(error);
    }
  }

  private async goTo(name: string): Promise<void> {
    try {
      await runBatch(this.control(), (batch) => showSheet(batch, name));
      this.status(`Showing ${name}.`);
    } catch (error) {
      this.showError(error);
    }
  }
}

/** Last resort: an error nobody caught is still said in the pane, not only in the console. */
export function reportUncaught(doc: Document, error: unknown): void {
  const box = doc.getElementById("error");
  if (box === null) return;
  box.textContent = plainError(error);
  box.hidden = false;
}

/** Outside Excel: say so, and do nothing else. */
export function showNotInExcel(
  doc: Document,
  reason = "This add-in works inside Excel. Open it from Excel: Home › Check Shipment.",
): void {
  const app = doc.getElementById("app");
  const status = doc.getElementById("status");
  const pane = doc.getElementById("pane");
  if (pane !== null) pane.hidden = true;
  if (status !== null) status.textContent = reason;
  if (app !== null) {
    app.dataset.state = "not-in-excel";
    app.setAttribute("aria-busy", "false");
  }
}
