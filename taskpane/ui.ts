/**
 * The task pane's controller: wires the page (taskpane.html) to the actions, keeps the settings form, the column
 * mapping and the pane's language in the workbook, shows progress with Cancel, and says every outcome in the pane in
 * plain words of its language: a result, a refusal, or an error (never only in the console).
 */
import {
  type AnyLanguage,
  InputError,
  LANGUAGES,
  LANGUAGE_NAMES,
  PSEUDO,
  inputErrorText,
  isLanguageCode,
} from "../src/engine";
import { type Field, SheetProblem, type StoredSettings } from "../src/sheet";
import {
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
import { loadChoices, saveChoices, savePaneLanguage } from "./actions/records";
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
import { type PaneWords } from "./lang";
import { applyPageWords } from "./page-words";
import {
  type PaneLanguageChoice,
  htmlLangOf,
  officeDisplayLanguage,
  paneLanguage,
  paneLanguageChoice,
  paneLanguageOf,
  paneMessages,
  paneWords,
  setPaneLanguage,
} from "./pane-language";
import { applyOfficeTheme } from "./theme";
import { ACTION_BUTTONS, ELEMENT_IDS as IDS } from "./ui-controls";
import { byId, clear, el } from "./ui-dom";
import { correctedMapping, renderMapping } from "./ui-mapping";
import { renderResult, resultHeading, statusLine } from "./ui-result";

type PaneState = "ready" | "busy" | "done" | "error" | "refused" | "cancelled" | "question";

/** A text of the pane, made from its words when it is said (and said again when the language changes). */
type Saying = (words: PaneWords) => string;

const STOPPED: Saying = (words) => words.status.stopped;

/** Why the result on screen no longer describes the sheet (said above it, in the pane's words). */
type StaleReason =
  | { readonly kind: "settings" | "columns" | "unreadable" }
  | { readonly kind: "otherSheet"; readonly active: string };

/**
 * The errors the pane expects: the words it shows, the state it ends in and its status line. Any other error is a
 * bug: said in the pane all the same, and logged.
 */
const KNOWN_ERRORS: readonly {
  readonly type: abstract new (...args: never[]) => Error;
  readonly words: (error: Error) => string;
  readonly state: PaneState;
  readonly status: Saying;
  /** "calm": said as information (the user asked for it), not as an error. */
  readonly tone?: "calm";
}[] = [
  // PaneProblem and SheetProblem were said when they were made: in the pane's words, and the sheet logic's.
  { type: PaneProblem, words: (error) => error.message, state: "refused", status: STOPPED },
  { type: SheetProblem, words: (error) => error.message, state: "error", status: STOPPED },
  {
    type: InputError,
    words: (error) => inputErrorText(error as InputError, { language: paneMessages() }),
    state: "error",
    status: STOPPED,
  },
  {
    type: Cancelled,
    words: () => paneWords().errors.cancelledReading,
    state: "cancelled",
    status: (words) => words.status.cancelled,
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
    return paneWords().errors.excelFailed({ error: describeError(error) });
  }
  return paneWords().errors.unexpected({ error: describeError(error) });
}

/** The controls disabled while an action runs. */
const BUSY_CONTROLS = [
  ...Object.values(ACTION_BUTTONS).map((button) => button.id),
  IDS.refresh,
  IDS.mappingReset,
  IDS.saveSettings,
  IDS.source,
];

/** The language a choice of the workbook's language drop-down shows: one of the five, or the pseudo-locale's. */
function languageOptionText(language: string, words: PaneWords): string {
  if (isLanguageCode(language)) return LANGUAGE_NAMES[language];
  return language === PSEUDO ? words.page.pseudoLocale : language;
}

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
  /** The user's choice of the pane's language ("": Office's), as kept in the workbook. */
  private languageChoice: PaneLanguageChoice = "";
  /** A choice of the pane's language made while the pane was busy: saved when it ends. */
  private languagePending = false;
  /**
   * Whether the workbook has a language of its own words stored: until it has, the drop-down shows the pane's
   * language, which the first run (or save of the settings) stores.
   */
  private workbookLanguageStored = false;
  /** The workbook's language of the run whose result is shown (the sheet logic's words in it are in it). */
  private resultLanguage: AnyLanguage = "en";
  /** What the status line says, and why the result is out of date: said again when the language changes. */
  private saying: Saying | undefined;
  private stale: StaleReason | undefined;

  constructor(private readonly doc: Document) {}

  private get app(): HTMLElement {
    return byId(this.doc, IDS.app);
  }

  async start(): Promise<void> {
    applyOfficeTheme(this.doc);
    // Office's display language until the workbook's settings say whether the user chose another.
    this.fillLanguageChoices();
    this.applyLanguage();
    byId(this.doc, IDS.pane).hidden = false;
    this.wire();
    this.setState("busy");
    this.status((words) => words.status.readingWorkbook);
    // Excel on the web may not answer the first request while it calculates many formulas (office-js #6678):
    // say so instead of "Reading…" for ever, and go on waiting for the answer.
    const slow = setTimeout(() => this.status((words) => words.status.excelSlow), FIRST_ANSWER_PATIENCE_MS);
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
    this.languageChoice = choices.paneLanguage;
    byId<HTMLSelectElement>(this.doc, IDS.paneLanguage).value = this.languageChoice;
    this.applyLanguage();
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
      byId(this.doc, IDS.progressLabel).textContent = paneWords().progress.cancelling;
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
    // The pane's language is no setting of the check (it is outside the form): it applies at once and is kept alone.
    const language = byId<HTMLSelectElement>(this.doc, IDS.paneLanguage);
    language.addEventListener("change", () => {
      this.languageChoice = paneLanguageChoice(language.value);
      this.applyLanguage();
      void this.savePaneLanguage();
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Languages

  /**
   * The two language drop-downs' choices, each language in its own name: the pane's (after Office's, automatic, of
   * the page) and the workbook's.
   */
  private fillLanguageChoices(): void {
    for (const id of [IDS.paneLanguage, IDS.settingsFields.language])
      byId(this.doc, id).append(
        ...LANGUAGES.map((code) =>
          el(this.doc, "option", {
            text: LANGUAGE_NAMES[code],
            attributes: { value: code, lang: htmlLangOf(code) },
          }),
        ),
      );
  }

  /**
   * The pane in its language now (the choice, else Office's): the page's words and `<html lang>`, then everything
   * on screen said again — the sheet's view, the result, the status line. Messages already given (an error, a
   * question) stay as they were said.
   */
  private applyLanguage(): void {
    setPaneLanguage(paneLanguageOf(officeDisplayLanguage(), this.languageChoice));
    applyPageWords(this.doc, paneLanguage());
    const words = paneWords();
    // The workbook's language, while none is stored, is the pane's: the drop-down follows it.
    if (!this.workbookLanguageStored) this.showWorkbookLanguage(paneLanguage());
    for (const option of byId<HTMLSelectElement>(this.doc, IDS.settingsFields.language).options)
      option.textContent = languageOptionText(option.value, words);
    if (this.view !== undefined) this.renderView(this.view);
    this.renderLastResult();
    if (this.saying !== undefined) byId(this.doc, IDS.status).textContent = this.saying(words);
  }

  /** The workbook's language as the settings drop-down shows it (what the next run stores, if none is stored). */
  private workbookLanguage(): AnyLanguage {
    const value = byId<HTMLSelectElement>(this.doc, IDS.settingsFields.language).value;
    return isLanguageCode(value) || value === PSEUDO ? value : "en";
  }

  /** Shows a language in the workbook's drop-down, with a choice of its own when it is none of the five. */
  private showWorkbookLanguage(language: string): void {
    const select = byId<HTMLSelectElement>(this.doc, IDS.settingsFields.language);
    if (![...select.options].some((option) => option.value === language))
      select.append(
        el(this.doc, "option", {
          text: languageOptionText(language, paneWords()),
          attributes: { value: language },
        }),
      );
    select.value = language;
  }

  private async savePaneLanguage(): Promise<void> {
    if (this.busy) {
      this.languagePending = true;
      return;
    }
    try {
      await runExcelBatch(this.control(), (batch) => savePaneLanguage(batch, this.languageChoice));
    } catch (error) {
      this.showError(error);
    }
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
        // The phase is the label without its numbers, in whatever language and number format it is said.
        const phase = label.replace(/\d[\d.,\s]*/g, "#");
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

  /** Says something in the status line, in the pane's words (and again in new ones when the language changes). */
  private status(saying: Saying): void {
    this.saying = saying;
    byId(this.doc, IDS.status).textContent = saying(paneWords());
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
  private markResultStale(why: StaleReason): void {
    const section = byId(this.doc, IDS.result);
    if (section.hidden || this.lastResult === undefined) return;
    this.stale = why;
    section.dataset.stale = "true";
    this.sayStale();
  }

  /** The out-of-date note above the result, in the pane's words. */
  private sayStale(): void {
    const note = byId(this.doc, IDS.resultStale);
    if (this.stale === undefined || this.lastResult === undefined) return;
    const words = paneWords().stale;
    const about = {
      action: paneWords().actions[this.lastResult.action],
      sheet: this.lastResult.view.sheetName,
    };
    note.textContent =
      this.stale.kind === "otherSheet"
        ? words.otherSheet({ ...about, active: this.stale.active })
        : words[this.stale.kind](about);
    note.hidden = false;
  }

  private hideResult(): void {
    const section = byId(this.doc, IDS.result);
    section.hidden = true;
    delete section.dataset.stale;
    this.stale = undefined;
    byId(this.doc, IDS.resultStale).hidden = true;
    clear(byId(this.doc, IDS.resultBody));
  }

  /** The result on screen, rendered (again) in the pane's words: its heading, its body and the out-of-date note. */
  private renderLastResult(): void {
    const result = this.lastResult;
    if (result === undefined || byId(this.doc, IDS.result).hidden) return;
    byId(this.doc, IDS.resultHeading).textContent = resultHeading(result);
    renderResult(this.doc, byId(this.doc, IDS.resultBody), result, this.resultLanguage, {
      selectRow: (row) => void this.select(row),
      showSheet: (name) => void this.goTo(name),
    });
    this.sayStale();
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
    if (this.languagePending) {
      this.languagePending = false;
      void this.savePaneLanguage();
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
      if (field === "language") continue;
      byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(this.doc, id).value = form[field];
    }
    byId<HTMLInputElement>(this.doc, IDS.vatDeferral).checked = form.vatDeferral;
    byId<HTMLInputElement>(this.doc, IDS.controlledGoods).checked = form.controlledGoods;
    // No language stored yet: the pane's, until the first run stores it (a colleague then gets the same words).
    this.workbookLanguageStored = form.language !== "";
    this.showWorkbookLanguage(form.language === "" ? paneLanguage() : form.language);
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
      this.status((words) => words.status.settingsNotSaved);
      return;
    }
    try {
      await runExcelBatch(this.control(), (batch) => saveChoices(batch, checked.stored));
      this.workbookLanguageStored = true;
      this.markResultStale({ kind: "settings" });
      if (announce) this.status((words) => words.status.settingsSaved);
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
    this.markResultStale({ kind: "columns" });
    await this.refresh(true);
  }

  async refresh(announce: boolean): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.setState("busy");
    this.hideError();
    try {
      const view = await runExcelBatch(this.control(), (batch) =>
        inspect(batch, { source: this.source, mapping: this.mapping, language: this.workbookLanguage() }),
      );
      const shown = this.lastResult?.view.sheetId;
      this.showView(view);
      if (shown !== undefined && shown !== view.sheetId)
        this.markResultStale({ kind: "otherSheet", active: view.sheetName });
      const source = { source: view.sourceLabel };
      this.status((words) => (announce ? words.status.read(source) : words.status.ready(source)));
      this.setState("ready");
    } catch (error) {
      this.markResultStale({ kind: "unreadable" });
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
    this.view = view;
    this.mapping = { ...view.mapping };
    this.renderView(view);
    // A column an action needs is missing: the drop-downs to pick it are shown, not folded away.
    if (Object.keys(view.unavailable).length > 0)
      byId<HTMLDetailsElement>(this.doc, IDS.mappingSection).open = true;
  }

  /** The sheet's view on the page, in the pane's words: the rows to check, what was found, the column mapping. */
  private renderView(view: SheetView): void {
    // Re-rendering replaces the drop-downs: keep the keyboard focus where it was.
    const focused = this.doc.activeElement?.id;
    const words = paneWords();
    const select = byId<HTMLSelectElement>(this.doc, IDS.source);
    clear(select);
    select.append(
      el(this.doc, "option", { text: words.page.sourceSheet, attributes: { value: "sheet" } }),
      el(this.doc, "option", { text: words.page.sourceSelection, attributes: { value: "selection" } }),
      ...view.tables.map((name) =>
        el(this.doc, "option", {
          text: words.source.table({ table: name }),
          attributes: { value: `table:${name}` },
        }),
      ),
    );
    const current = this.source.kind === "table" ? `table:${this.source.name}` : this.source.kind;
    if (this.source.kind === "table" && !view.tables.includes(this.source.name)) {
      select.append(
        el(this.doc, "option", {
          text: words.source.table({ table: this.source.name }),
          attributes: { value: current },
        }),
      );
    }
    select.value = current;
    const info = byId(this.doc, IDS.sourceInfo);
    clear(info);
    info.append(
      words.source.info({
        source: view.sourceLabel,
        columns: view.headers.length,
        recognised: Object.keys(view.mapped).length,
      }),
    );
    if (view.problems.length > 0)
      info.append(
        " ",
        el(this.doc, "span", {
          className: "message message-warning",
          text: words.source.problems({ problems: view.problems }),
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
      { answer: "later", label: paneWords().questions.notNow },
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
              this.status((words) => words.status.nothingWritten({ action: words.actions[action] }));
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
    this.status((words) => words.status.asks({ action: words.actions[action] }));
  }

  private async run(action: ActionName, totals: CostTotals, answers: Answers = {}): Promise<void> {
    if (this.busy) return;
    const checked = this.settingsFromForm();
    if (checked === undefined) {
      this.showActionError(
        action,
        new PaneProblem(paneWords().errors.settingNeedsFixing({ action: paneWords().actions[action] })),
      );
      this.setState("error");
      return;
    }
    const inputs: PaneInputs = {
      source: this.source,
      settings: checked.settings,
      stored: checked.stored,
      mapping: this.mapping,
      language: checked.settings.language,
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
    const reading = paneWords().progress.readingFor({ action: paneWords().actions[action] });
    byId(this.doc, IDS.progressLabel).textContent = reading;
    byId(this.doc, IDS.progressAnnouncement).textContent = reading;
    const cancel = byId<HTMLButtonElement>(this.doc, IDS.cancel);
    cancel.disabled = false;
    progressArea.hidden = false;
    // The pressed button is disabled while the action runs: the focus goes to Cancel, not to the page.
    cancel.focus();
    this.status((words) => words.status.running({ action: words.actions[action] }));
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
      this.resultLanguage = inputs.settings.language;
      // The run stored the settings, the workbook's language with them.
      this.workbookLanguageStored = true;
      if (result.shipments !== undefined) this.fillShipments(result.shipments);
      byId(this.doc, IDS.result).hidden = false;
      this.renderLastResult();
      this.status(() => statusLine(result));
      this.setState(result.stopped === undefined ? "done" : "cancelled");
      focusAfter = byId(this.doc, IDS.resultHeading);
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
      this.status((words) => words.status.selectedRow({ row, sheet: target.sheetName }));
    } catch (error) {
      this.showError(error);
    }
  }

  private async goTo(name: string): Promise<void> {
    try {
      await runExcelBatch(this.control(), (batch) => showSheet(batch, name));
      this.status((words) => words.status.showingSheet({ sheet: name }));
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

/**
 * Before Office.js has said where the page runs (or outside Office, where it never does), the pane guesses its
 * language from the browser's.
 */
function guessLanguage(doc: Document): void {
  setPaneLanguage(paneLanguageOf(officeDisplayLanguage() ?? doc.defaultView?.navigator.language, ""));
  applyPageWords(doc, paneLanguage());
}

/** Outside Excel: say so, and do nothing else. */
export function showNotInExcel(doc: Document): void {
  guessLanguage(doc);
  const app = doc.getElementById(IDS.app);
  const status = doc.getElementById(IDS.status);
  const pane = doc.getElementById(IDS.pane);
  if (pane !== null) pane.hidden = true;
  if (status !== null) status.textContent = paneWords().status.notInExcel;
  if (app !== null) {
    app.dataset.state = "not-in-excel";
    app.setAttribute("aria-busy", "false");
  }
}

/** Office.js has not said yet where the page runs: Excel may be slow to start the add-in, so the pane waits on. */
export function showWaitingForExcel(doc: Document): void {
  guessLanguage(doc);
  const status = doc.getElementById(IDS.status);
  if (status !== null) status.textContent = paneWords().status.waitingForExcel;
}
