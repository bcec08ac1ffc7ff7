/**
 * The column mapping in the pane: one drop-down per field of the shipment sheet, offering the sheet's headers and
 * "not in this sheet". The user's corrections are kept as field → header text (so they survive moved columns).
 */
import { type Field, INPUT_COLUMNS } from "../src/sheet";
import { type SheetView } from "./actions/sheet-source";
import { paneFieldNames, paneWords } from "./pane-language";
import { clear, el } from "./ui-dom";

/** The fields a mapping drop-down is offered for, in the order of the design table. */
const MAPPING_FIELDS: readonly Field[] = INPUT_COLUMNS.map((column) => column.field);

export const NOT_IN_SHEET = "";

/** The mapping after the user picks `column` (or NOT_IN_SHEET) for a field: corrections equal to the detection are dropped. */
export function correctedMapping(
  mapping: Readonly<Record<string, string | null>>,
  view: SheetView,
  field: Field,
  choice: string,
): Record<string, string | null> {
  const next = { ...mapping };
  const column = choice === NOT_IN_SHEET ? undefined : Number(choice);
  if (column === view.detected[field]) {
    delete next[field];
    return next;
  }
  next[field] =
    column === undefined ? null : (view.headers.find((header) => header.column === column)?.text ?? null);
  return next;
}

export function renderMapping(
  doc: Document,
  container: HTMLElement,
  view: SheetView,
  mapping: Readonly<Record<string, string | null>>,
  onChange: (field: Field, choice: string) => void,
): void {
  const words = paneWords();
  clear(container);
  for (const field of MAPPING_FIELDS) {
    const id = `map-${field}`;
    const select = el(doc, "select", { attributes: { id } }, [
      el(doc, "option", { text: words.mapping.notInSheet, attributes: { value: NOT_IN_SHEET } }),
      ...view.headers.map((option) =>
        el(doc, "option", {
          text: words.mapping.header({ header: option.text, letter: option.letter }),
          attributes: { value: String(option.column) },
        }),
      ),
    ]);
    const mapped = view.mapped[field];
    select.value = mapped === undefined ? NOT_IN_SHEET : String(mapped);
    if (Object.prototype.hasOwnProperty.call(mapping, field)) select.classList.add("changed");
    select.addEventListener("change", () => onChange(field, select.value));
    container.append(
      el(doc, "div", { className: "field mapping-field" }, [
        el(doc, "label", { text: paneFieldNames()[field], attributes: { for: id } }),
        select,
      ]),
    );
  }
}
