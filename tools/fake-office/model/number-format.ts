import { isCellError, serialToDate, type CellValue } from "./cell-value";

/**
 * Range.text: the value as Excel displays it under its number format. Covers the formats add-ins
 * write (General, 0, 0.00, #,##0.00, 0%, 0.00%, literal currency text, @, and y/m/d dates); other
 * format codes fall back to General. Locale is en-US.
 */
export function formatText(value: CellValue, numberFormat: string): string {
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatterOf(numberFormat)(value);
}

/** Compiled formats by code: a sheet has few formats and many cells. */
const formatters = new Map<string, (value: number) => string>();

function formatterOf(numberFormat: string): (value: number) => string {
  let formatter = formatters.get(numberFormat);
  if (!formatter) {
    formatter = compile(splitSections(numberFormat).map(stripDecorations));
    formatters.set(numberFormat, formatter);
  }
  return formatter;
}

function compile(sections: string[]): (value: number) => string {
  const section = (code: string, negative: boolean) => {
    if (code === "" || /^general$/i.test(code) || code === "@") return generalText;
    if (/[ymd]/i.test(code) && !/[0#]/.test(code)) return (value: number) => dateText(value, code);
    // A dedicated negative section shows the magnitude; its own text supplies any sign.
    return negative
      ? (value: number) => numberText(-value, code)
      : (value: number) => numberText(value, code);
  };
  const positive = section(sections[0]!, false);
  const negative = sections.length > 1 ? section(sections[1]!, true) : positive;
  return (value) => (value < 0 ? negative(value) : positive(value));
}

/** Excel's General format: at most 11 characters, switching to scientific notation for big or tiny numbers. */
export function generalText(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa!.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (Number.isInteger(value)) return String(value);
  const integerDigits = Math.max(1, Math.floor(Math.log10(magnitude)) + 1);
  const decimals = Math.max(0, 10 - integerDigits - (value < 0 ? 1 : 0));
  return String(Number(value.toFixed(decimals)));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Drops colours ([Red]), locale tags ([$€-x] keeps the symbol) and quotes around literal text. */
function stripDecorations(section: string): string {
  return section
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .trim();
}

function numberText(value: number, code: string): string {
  const first = code.search(/[0#?]/);
  let last = -1;
  for (let i = code.length - 1; i >= 0; i--) {
    if (/[0#?%]/.test(code[i]!)) {
      last = i;
      break;
    }
  }
  if (first < 0) return code;
  const prefix = code.slice(0, first);
  const suffix = code.slice(last + 1);
  const body = code.slice(first, last + 1);
  const percent = body.includes("%") || suffix.includes("%");
  const scaled = percent ? value * 100 : value;
  const [integerPart, decimalPart = ""] = body.replace(/%/g, "").split(".");
  const decimals = (decimalPart.match(/[0#?]/g) ?? []).length;
  const grouped = integerPart!.includes(",");
  const minIntegerDigits = (integerPart!.match(/0/g) ?? []).length;
  const [integerDigits, fraction] = Math.abs(scaled).toFixed(decimals).split(".");
  let whole = integerDigits === "0" && minIntegerDigits === 0 ? "" : integerDigits!;
  whole = whole.padStart(minIntegerDigits, "0");
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const digits = fraction ? `${whole}.${fraction}` : whole;
  const sign = scaled < 0 && Number(digits.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${prefix}${digits}${body.includes("%") ? "%" : ""}${suffix}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dateText(serial: number, code: string): string {
  const date = serialToDate(serial);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return code.replace(/yyyy|yy|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(year);
      case "yy":
        return String(year % 100).padStart(2, "0");
      case "mmm":
        return MONTHS[month - 1]!;
      case "mm":
        return String(month).padStart(2, "0");
      case "m":
        return String(month);
      case "dd":
        return String(day).padStart(2, "0");
      default:
        return String(day);
    }
  });
}
