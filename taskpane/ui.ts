/**
 * The task pane's controller: wires the page (taskpane.html) to the actions, keeps the settings form and the column
 * mapping in the workbook, shows progress with Cancel, and says every outcome in the pane in plain words: a result,
 * a refusal, or an error (never only in the console).
 */
import { InputError } from "../src/engine";
import { type Field, SheetProblem, type StoredSettings } from "../src/sheet";
import {
  ACTION_LABELS,
  type ActionName,
  type ActionResult,
  type Answer,
  type Asking,
  type PaneInputs,
  type QuestionTopic,
  isAsking,
} from "./actions/action-result";

/** The answers given so far to an action's questions, for its next run. */
type Answers = Readonly<Partial<Record<QuestionTopic, Answer>>>;
import { selectRow, showSheet } from "./actions/navigation";
import { loadChoices, saveChoices } from "./actions/records";
import { type CostTotals } from "./actions/share-costs";
import { type SheetView, inspect } from "./actions/sheet-source";
import {
  Cancelled,
  type ExcelRequestCounts,
  PaneProblem,
  type RunControl,
  describeError,
  runExcelBatch,
} from "./excel-adapter";
import { type SourceChoice } from "./ownership";
import {
  type FormField,
  type SettingsForm,
  formFromStored,
  readForm,
  storedFromSetting,
} from "./settings-form";
import { followActiveWorksheet, followPaneShown } from "./excel-events";
import { applyOfficeTheme } from "./theme";
import { ACTION_BUTTONS, ELEMENT_IDS as IDS } from "./ui-controls";
import { byId, clear, el } from "./ui-dom";
import { correctedMapping, renderMapping } from "./ui-mapping";
import { renderResult, resultHeading, statusLine } from "./ui-result";

type PaneState = "ready" | "busy" | "done" | "error" | "refused" | "cancelled" | "question";

const STOPPED = "The add-in stopped; see the message below.";

/**
 * The errors the pane expects: the words it shows, the state it ends in and its status line. Any other error is a
 * bug: said in the pane all the same, and logged.
 */
const KNOWN_ERRORS: readonly {
  readonly type: abstract new (...args: never[]) => Error;
  readonly words: (error: Error) => string;
  readonly state: PaneState;
  readonly status: string;
  /** "calm": said as information (the user asked for it), not as an error. */
  readonly tone?: "calm";
}[] = [
  { type: PaneProblem, words: (error) => error.message, state: "refused", status: STOPPED },
  { type: SheetProblem, words: (error) => error.message, state: "error", status: STOPPED },
  { type: InputError, words: (error) => error.message, state: "error", status: STOPPED },
  {
    type: Cancelled,
    words: () => "Cancelled while reading the sheet: nothing was written.",
    state: "cancelled",
    status: "Cancelled.",
    tone: "calm",
  },
];

function knownError(error: unknown): (typeof KNOWN_ERRORS)[number] | undefined {
  return KNOWN_ERRORS.find((known) => error instanceof known.type);
}

/** An error in words a user can act on. */
export function plainError(error: unknown): string {
  const known = knownError(error);
  if (known !== undefined) return known.words(error as Error);
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

/** The controls disabled while an action runs. */
const BUSY_CONTROLS = [
  ...Object.values(ACTION_BUTTONS).map((button) => button.id),
  IDS.refresh,
  IDS.mappingReset,
  IDS.saveSettings,
  IDS.source,
];

/**
 * Progress is said to screen readers when a phase starts (reading, checking, writing) and then at most every few
 * seconds, not at every chunk: a flood of announcements is worse than none.
 */
const ANNOUNCE_EVERY_MS = 5_000;

/** How long the first request may go unanswered before the pane says why it is still reading. */
export const FIRST_ANSWER_PATIENCE_MS = 8_000;

export class TaskPane {
  private view: SheetView | undefined;
  private mapping: Record<string, string | null> = {};
  private source: SourceChoice = { kind: "sheet" };
  private busy = false;
  /** A settings change made while an action ran: saved when it ends. */
  private pendingSave = false;
  private cancelRequested = false;
  private lastResult: ActionResult | undefined;
  /** Another sheet became active, or the pane was shown, while the pane was busy: read the sheet after. */
  private followPending = false;
  /** A column chosen while the pane was busy: saved (and the sheet read with it) after. */
  private mappingPending = false;
  /** The running action's progress as last said to screen readers: its phase and when. */
  private announced: { phase: string; at: number } | undefined;
  /** The control that had the keyboard focus when the pane became busy: focused again after. */
  private focusBeforeBusy: string | undefined;

  constructor(private readonly doc: Document) {}

  private get app(): HTMLElement {
    return byId(this.doc, IDS.app);
  }

  async start(): Promise<void> {
    applyOfficeTheme(this.doc);
    byId(this.doc, IDS.pane).hidden = false;
    this.wire();
    this.setState("busy");
    this.status("Reading the workbook…");
    // Excel on the web may not answer the first request while it calculates many formulas (office-js #6678):
    // say so instead of "Reading…" for ever, and go on waiting for the answer.
    const slow = setTimeout(
      () =>
        this.status(
          "Excel has not answered yet: it may still be calculating the workbook. The pane reads the sheet as soon as Excel answers.",
        ),
      FIRST_ANSWER_PATIENCE_MS,
    );
    // Followed from the start: a sheet activated during a slow first read is read once that read ends.
    this.setBusy(true);
    void followActiveWorksheet((worksheetId) => {
      if (worksheetId !== this.view?.sheetId) void this.followSheet();
    });
    void followPaneShown(() => {
      applyOfficeTheme(this.doc);
      void this.followSheet();
    });
    let choices: Awaited<ReturnType<typeof loadChoices>>;
    try {
      choices = await runExcelBatch(this.control(), (batch) => loadChoices(batch));
    } catch (error) {
      clearTimeout(slow);
      this.setBusy(false);
      this.showError(error);
      this.setState("error");
      return;
    }
    clearTimeout(slow);
    this.fillForm(formFromStored(storedFromSetting(choices.stored)));
    this.choose(choices);
    this.setBusy(false);
    await this.refresh(false);
  }

  /** The active sheet's own column mapping and source, from its record: never the mapping of another sheet. */
  private choose(choices: { mapping?: Record<string, string | null>; source?: SourceChoice }): void {
    this.mapping = { ...(choices.mapping ?? {}) };
    this.source = choices.source ?? { kind: "sheet" };
  }

  /**
   * Reads the active sheet again with its own choices: after another sheet became active, or when the pane is
   * shown again. While an action runs, it waits for the action to end.
   */
  private async followSheet(): Promise<void> {
    if (this.busy) {
      this.followPending = true;
      return;
    }
    this.followPending = false;
    this.setBusy(true);
    this.setState("busy");
    let choices: Awaited<ReturnType<typeof loadChoices>>;
    try {
      choices = await runExcelBatch(this.control(), (batch) => loadChoices(batch));
    } catch (error) {
      this.setBusy(false);
      this.showError(error);
      this.setState("error");
      return;
    }
    this.setBusy(false);
    this.choose(choices);
    await this.refresh(true);
  }

  private wire(): void {
    const on = (id: string, handler: () => void) => byId(this.doc, id).addEventListener("click", handler);
    // The share form's totals are read as they are when a button is pressed.
    for (const action of Object.keys(ACTION_BUTTONS) as ActionName[])
      on(ACTION_BUTTONS[action].id, () => void this.run(action, this.costTotals()));
    on(IDS.cancel, () => {
      this.cancelRequested = true;
      byId(this.doc, IDS.progressLabel).textContent = "Cancelling after the part being written…";
      byId<HTMLButtonElement>(this.doc, IDS.cancel).disabled = true;
    });
    // The active sheet may not be the one read last: read it with its own record, as when it becomes active.
    on(IDS.refresh, () => void this.followSheet());
    on(IDS.mappingReset, () => {
      this.mapping = {};
      void this.saveMapping();
    });
    const source = byId<HTMLSelectElement>(this.doc, IDS.source);
    source.addEventListener("change", () => {
      const value = source.value;
      this.source = value.startsWith("table:")
        ? { kind: "table", name: value.slice("table:".length) }
        : value === "selection"
          ? { kind: "selection" }
          : { kind: "sheet" };
      void this.saveMapping();
    });
    const form = byId<HTMLFormElement>(this.doc, IDS.settings);
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
        const progress = byId<HTMLProgressElement>(this.doc, IDS.progress);
        progress.max = Math.max(1, total);
        progress.value = Math.min(done, total);
        if (this.cancelRequested) return;
        byId(this.doc, IDS.progressLabel).textContent = label;
        const phase = label.split(":")[0];
        const now = Date.now();
        if (
          this.announced === undefined ||
          phase !== this.announced.phase ||
          now - this.announced.at >= ANNOUNCE_EVERY_MS
        ) {
          this.announced = { phase, at: now };
          byId(this.doc, IDS.progressAnnouncement).textContent = label;
        }
      },
    };
  }

  private setState(state: PaneState): void {
    this.app.dataset.state = state;
    this.app.setAttribute("aria-busy", state === "busy" ? "true" : "false");
  }

  private status(text: string): void {
    byId(this.doc, IDS.status).textContent = text;
  }

  private showError(error: unknown): void {
    const box = byId(this.doc, IDS.error);
    box.textContent = plainError(error);
    box.hidden = false;
    const known = knownError(error);
    if (known === undefined) console.error(error);
    this.status(known?.status ?? STOPPED);
  }

  private hideError(): void {
    const box = byId(this.doc, IDS.error);
    box.hidden = true;
    box.textContent = "";
  }

  /** An action's error beside its button, with the focus on it: never only at the top of a tall pane. */
  private showActionError(action: ActionName, error: unknown): void {
    const known = knownError(error);
    if (known === undefined) console.error(error);
    const box = this.clearActionMessage(action);
    box.className = known?.tone === "calm" ? "message message-info" : "message message-error";
    box.setAttribute("role", known?.tone === "calm" ? "status" : "alert");
    box.textContent = plainError(error);
    box.hidden = false;
    box.focus();
    this.status(known?.status ?? STOPPED);
  }

  /** The action's message box, emptied and hidden (and the other actions' too: one message at a time). */
  private clearActionMessage(action?: ActionName): HTMLElement {
    for (const { messageAt } of Object.values(ACTION_BUTTONS)) {
      const box = byId(this.doc, messageAt);
      box.hidden = true;
      clear(box);
      box.removeAttribute("role");
      delete box.dataset.question;
    }
    return byId(this.doc, ACTION_BUTTONS[action ?? "check"].messageAt);
  }

  /**
   * The result on screen no longer describes the sheet (another sheet was read, the columns, the rows to check or
   * the settings changed): said above it until an action runs again.
   */
  private markResultStale(why: string): void {
    const section = byId(this.doc, IDS.result);
    if (section.hidden || this.lastResult === undefined) return;
    section.dataset.stale = "true";
    const note = byId(this.doc, IDS.resultStale);
    note.textContent = `Out of date: ${why}. This is the result of ${ACTION_LABELS[this.lastResult.action]} on ${this.lastResult.view.sheetName} as it was; run it again for a current result.`;
    note.hidden = false;
  }

  private hideResult(): void {
    const section = byId(this.doc, IDS.result);
    section.hidden = true;
    delete section.dataset.stale;
    byId(this.doc, IDS.resultStale).hidden = true;
    clear(byId(this.doc, IDS.resultBody));
  }

  private setBusy(busy: boolean): void {
    if (busy && !this.busy) {
      const focused = this.doc.activeElement;
      this.focusBeforeBusy = focused instanceof HTMLElement && focused.id !== "" ? focused.id : undefined;
    }
    this.busy = busy;
    for (const id of BUSY_CONTROLS) byId<HTMLButtonElement | HTMLSelectElement>(this.doc, id).disabled = busy;
    if (busy) return;
    this.showAvailability();
    // A control disabled while busy lost the focus to the page: give it back, so the next Tab goes on from there.
    const before = this.focusBeforeBusy === undefined ? null : this.doc.getElementById(this.focusBeforeBusy);
    this.focusBeforeBusy = undefined;
    if (
      before !== null &&
      (this.doc.activeElement === null || this.doc.activeElement === this.doc.body) &&
      !(before as HTMLButtonElement).disabled
    )
      before.focus();
    // What waited for the pane, after whatever ends the busy spell: settings first, then the mapping, then the sheet.
    if (this.pendingSave) {
      this.pendingSave = false;
      void this.saveSettings(false);
    }
    if (this.mappingPending) {
      this.mappingPending = false;
      setTimeout(() => void this.saveMapping(), 0);
    } else if (this.followPending) setTimeout(() => void this.followSheet(), 0);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Settings

  private formValues(): SettingsForm {
    const value = (id: string) =>
      byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(this.doc, id).value;
    const texts = Object.fromEntries(
      Object.entries(IDS.settingsFields).map(([field, id]) => [field, value(id)]),
    ) as Record<FormField, string>;
    const checked = (id: string) => byId<HTMLInputElement>(this.doc, id).checked;
    return { ...texts, vatDeferral: checked(IDS.vatDeferral), controlledGoods: checked(IDS.controlledGoods) };
  }

  private fillForm(form: SettingsForm): void {
    for (const [field, id] of Object.entries(IDS.settingsFields) as [FormField, string][]) {
      byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(this.doc, id).value = form[field];
    }
    byId<HTMLInputElement>(this.doc, IDS.vatDeferral).checked = form.vatDeferral;
    byId<HTMLInputElement>(this.doc, IDS.controlledGoods).checked = form.controlledGoods;
  }

  /** The form's settings, or undefined after showing what is wrong at the field. */
  private settingsFromForm(): { settings: PaneInputs["settings"]; stored: StoredSettings } | undefined {
    const reading = readForm(this.formValues());
    const errorBox = byId(this.doc, IDS.settingsError);
    for (const id of Object.values(IDS.settingsFields)) {
      const input = byId(this.doc, id);
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
    if (reading.ok) {
      errorBox.hidden = true;
      errorBox.textContent = "";
      return { settings: reading.settings, stored: reading.stored };
    }
    const input = byId(this.doc, IDS.settingsFields[reading.field]);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", IDS.settingsError);
    errorBox.textContent = reading.message;
    // Said under the field it is about (a long form: the Save button may be far below it).
    input.closest(".field")?.append(errorBox);
    errorBox.hidden = false;
    byId<HTMLDetailsElement>(this.doc, IDS.settingsSection).open = true;
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
      await runExcelBatch(this.control(), (batch) => saveChoices(batch, checked.stored));
      this.markResultStale("the settings changed");
      if (announce) this.status("Settings saved in this workbook.");
    } catch (error) {
      this.showError(error);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Source and mapping

  private async saveMapping(): Promise<void> {
    if (this.busy) {
      this.mappingPending = true;
      return;
    }
    if (this.view === undefined) {
      await this.refresh(true);
      return;
    }
    const view = this.view;
    // Busy from the save on: the sheet is read again right after it, and a click in between would act on the
    // old view (the real Office.js answers asynchronously, so the gap is real).
    this.setBusy(true);
    this.setState("busy");
    try {
      await runExcelBatch(this.control(), (batch) =>
        saveChoices(batch, undefined, {
          id: view.sheetId,
          name: view.sheetName,
          mapping: this.mapping,
          source: this.source,
        }),
      );
    } catch (error) {
      this.setBusy(false);
      this.showError(error);
      this.setState("error");
      return;
    }
    this.setBusy(false);
    this.markResultStale("the columns or the rows to check changed");
    await this.refresh(true);
  }

  async refresh(announce: boolean): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.setState("busy");
    this.hideError();
    try {
      const view = await runExcelBatch(this.control(), (batch) =>
        inspect(batch, { source: this.source, mapping: this.mapping }),
      );
      const shown = this.lastResult?.view.sheetId;
      this.showView(view);
      if (shown !== undefined && shown !== view.sheetId)
        this.markResultStale(`${view.sheetName} is the active sheet now`);
      this.status(announce ? `Read ${view.sourceLabel}.` : `Ready: ${view.sourceLabel}. Choose an action.`);
      this.setState("ready");
    } catch (error) {
      this.markResultStale("the sheet could not be read again");
      this.showError(error);
      this.setState("error");
    } finally {
      this.setBusy(false);
    }
  }

  /**
   * An action that needs a column this sheet lacks (as mapped) is off, with the reason beside it; the others stay
   * on (issue 10: a sheet without a price column can still have its VAT rates filled).
   */
  private showAvailability(): void {
    const notes = new Map<string, string[]>();
    for (const action of Object.keys(ACTION_BUTTONS) as ActionName[]) {
      const { id, unavailableAt } = ACTION_BUTTONS[action];
      const reason = this.view?.unavailable[action];
      const button = byId<HTMLButtonElement>(this.doc, id);
      if (!this.busy) button.disabled = reason !== undefined;
      if (reason === undefined) button.removeAttribute("aria-describedby");
      else button.setAttribute("aria-describedby", unavailableAt);
      const texts = notes.get(unavailableAt) ?? [];
      // Actions that miss the same columns share one sentence.
      if (reason !== undefined && !texts.includes(reason)) texts.push(reason);
      notes.set(unavailableAt, texts);
    }
    for (const [id, texts] of notes) {
      const note = byId(this.doc, id);
      note.textContent = texts.join(" ");
      note.hidden = texts.length === 0;
    }
  }

  private showView(view: SheetView): void {
    // Re-rendering replaces the drop-downs: keep the keyboard focus where it was.
    const focused = this.doc.activeElement?.id;
    this.view = view;
    this.mapping = { ...view.mapping };
    const select = byId<HTMLSelectElement>(this.doc, IDS.source);
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
    const info = byId(this.doc, IDS.sourceInfo);
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
    renderMapping(
      this.doc,
      byId(this.doc, IDS.mapping),
      view,
      this.mapping,
      (field: Field, choice: string) => {
        this.mapping = correctedMapping(this.mapping, view, field, choice);
        void this.saveMapping();
      },
    );
    this.showAvailability();
    // A column an action needs is missing: the drop-downs to pick it are shown, not folded away.
    if (Object.keys(view.unavailable).length > 0)
      byId<HTMLDetailsElement>(this.doc, IDS.mappingSection).open = true;
    if (focused !== undefined && focused !== "" && this.doc.activeElement?.id !== focused)
      this.doc.getElementById(focused)?.focus();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Actions

  private costTotals(): CostTotals {
    const value = (id: string) => byId<HTMLInputElement>(this.doc, id).value;
    const ids = IDS.costTotals;
    return {
      freight: value(ids.freight),
      lastMile: value(ids.lastMile),
      handling: value(ids.handling),
      shipment: value(ids.shipment),
    };
  }

  /**
   * An action's question before it writes over the user's work, beside its button: the choices (keep first), and
   * Not now. Nothing was written; the answer runs the action again with it.
   */
  private showQuestion(action: ActionName, asking: Asking, totals: CostTotals, answers: Answers): void {
    const { question } = asking;
    const box = this.clearActionMessage(action);
    box.className = "message message-question";
    box.setAttribute("role", "alert");
    box.dataset.question = question.topic;
    const choices = [
      ...question.choices.map(({ answer, label }) => ({ answer: answer as string, label })),
      { answer: "later", label: "Not now" },
    ];
    box.append(
      el(this.doc, "p", { text: question.text }),
      el(
        this.doc,
        "div",
        { className: "question-choices" },
        choices.map(({ answer, label }, index) => {
          const button = el(this.doc, "button", {
            className: index === 0 ? "button button-primary" : "button",
            text: label,
            attributes: { type: "button", "data-answer": answer },
          });
          button.addEventListener("click", () => {
            if (answer === "later") {
              this.clearActionMessage(action);
              this.setState("ready");
              this.status(`${ACTION_LABELS[action]}: nothing was written.`);
              byId(this.doc, ACTION_BUTTONS[action].id).focus();
              return;
            }
            void this.run(action, totals, { ...answers, [question.topic]: answer as Answer });
          });
          return button;
        }),
      ),
    );
    box.hidden = false;
    box.focus();
    this.status(`${ACTION_LABELS[action]} asks before writing: see the question beside it.`);
  }

  private async run(action: ActionName, totals: CostTotals, answers: Answers = {}): Promise<void> {
    if (this.busy) return;
    const checked = this.settingsFromForm();
    if (checked === undefined) {
      this.showActionError(
        action,
        new PaneProblem(`${ACTION_LABELS[action]} did not run: a setting needs fixing (see Settings).`),
      );
      this.setState("error");
      return;
    }
    const inputs: PaneInputs = {
      source: this.source,
      settings: checked.settings,
      stored: checked.stored,
      mapping: this.mapping,
      answers,
    };
    this.setBusy(true);
    this.setState("busy");
    this.hideError();
    this.clearActionMessage();
    // The result on screen is of the last run: it goes, so that nothing of it stands beside this run's outcome.
    this.hideResult();
    this.cancelRequested = false;
    this.announced = undefined;
    const button = ACTION_BUTTONS[action];
    const progressArea = byId(this.doc, IDS.progressArea);
    byId<HTMLProgressElement>(this.doc, IDS.progress).removeAttribute("value");
    const reading = `${ACTION_LABELS[action]}: reading the sheet…`;
    byId(this.doc, IDS.progressLabel).textContent = reading;
    byId(this.doc, IDS.progressAnnouncement).textContent = reading;
    const cancel = byId<HTMLButtonElement>(this.doc, IDS.cancel);
    cancel.disabled = false;
    progressArea.hidden = false;
    // The pressed button is disabled while the action runs: the focus goes to Cancel, not to the page.
    cancel.focus();
    this.status(`${ACTION_LABELS[action]}…`);
    let stats: ExcelRequestCounts | undefined;
    let focusAfter: HTMLElement | undefined;
    try {
      const result = await runExcelBatch(this.control(), (batch) => {
        stats = batch.stats;
        return button.run(batch, inputs, totals);
      });
      this.showView(result.view);
      if (isAsking(result)) {
        this.showQuestion(action, result, totals, answers);
        this.setState("question");
        return;
      }
      this.lastResult = result;
      if (result.shipments !== undefined) this.fillShipments(result.shipments);
      const resultSection = byId(this.doc, IDS.result);
      resultSection.hidden = false;
      const heading = byId(this.doc, IDS.resultHeading);
      heading.textContent = resultHeading(result);
      renderResult(this.doc, byId(this.doc, IDS.resultBody), result, {
        selectRow: (row) => void this.select(row),
        showSheet: (name) => void this.goTo(name),
      });
      this.status(statusLine(result));
      this.setState(result.stopped === undefined ? "done" : "cancelled");
      focusAfter = heading;
    } catch (error) {
      this.showActionError(action, error);
      this.setState(knownError(error)?.state ?? "error");
    } finally {
      this.app.dataset.action = action;
      if (stats !== undefined) {
        this.app.dataset.syncs = String(stats.syncs);
        this.app.dataset.readChunks = String(stats.readChunks);
        this.app.dataset.writeChunks = String(stats.writeChunks);
        this.app.dataset.retries = String(stats.retries);
      }
      progressArea.hidden = true;
      byId(this.doc, IDS.progressAnnouncement).textContent = "";
      this.focusBeforeBusy = undefined;
      this.setBusy(false);
    }
    // After the action: the focus on its result heading, so the next Tab reads on from the result.
    focusAfter?.focus();
  }

  private fillShipments(ids: readonly string[]): void {
    const list = byId(this.doc, IDS.shipmentIds);
    clear(list);
    list.append(...ids.slice(0, 500).map((id) => el(this.doc, "option", { attributes: { value: id } })));
  }

  private async select(row: number): Promise<void> {
    const target = this.lastResult?.rowTarget;
    if (target === undefined) return;
    try {
      await runExcelBatch(this.control(), (batch) => selectRow(batch, target, row));
      this.status(`Selected row ${row} in ${target.sheetName}.`);
    } catch (error) {
      this.showError(error);
    }
  }

  private async goTo(name: string): Promise<void> {
    try {
      await runExcelBatch(this.control(), (batch) => showSheet(batch, name));
      this.status(`Showing ${name}.`);
    } catch (error) {
      this.showError(error);
    }
  }
}

/** Last resort: an error nobody caught is still said in the pane, not only in the console. */
export function reportUncaught(doc: Document, error: unknown): void {
  const box = doc.getElementById(IDS.error);
  if (box === null) return;
  box.textContent = plainError(error);
  box.hidden = false;
}

/** Outside Excel: say so, and do nothing else. */
export function showNotInExcel(doc: Document): void {
  const app = doc.getElementById(IDS.app);
  const status = doc.getElementById(IDS.status);
  const pane = doc.getElementById(IDS.pane);
  if (pane !== null) pane.hidden = true;
  if (status !== null)
    status.textContent = "This add-in works inside Excel. Open it from Excel: Home › Check Shipment.";
  if (app !== null) {
    app.dataset.state = "not-in-excel";
    app.setAttribute("aria-busy", "false");
  }
}

/** Office.js has not said yet where the page runs: Excel may be slow to start the add-in, so the pane waits on. */
export function showWaitingForExcel(doc: Document): void {
  const status = doc.getElementById(IDS.status);
  if (status !== null)
    status.textContent =
      "Still waiting for Excel to start the add-in. Outside Excel nothing will happen: open it from Excel, Home › Check Shipment.";
}
