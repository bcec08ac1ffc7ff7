import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";

/**
 * Loads dist/functions.js the way Excel's custom-functions runtime does: in a bare JavaScript context whose
 * only host global is `CustomFunctions` (associate, Error, ErrorCode), and calls the functions with the argument
 * shapes dist/functions.json declares: matrix parameters get 2-D arrays, omitted optional arguments are null,
 * and an empty cell (BLANK in a test's arguments) arrives as the host passes it.
 */
export const DIST = join(__dirname, "..", "..", "dist");

/** An empty cell, as an argument or inside a range; what the function receives depends on the host. */
export const BLANK: unique symbol = Symbol("an empty cell");

export interface ExcelHost {
  readonly name: string;
  /** What an empty cell reference, or an empty cell of a range, arrives as. */
  readonly blankCell: null | 0;
}

/** Excel on the web passes an empty cell as null, Excel on Windows desktop as 0 (office-js #4702, #5262, #1951). */
export const HOSTS: readonly ExcelHost[] = [
  { name: "Excel on the web (an empty cell arrives as null)", blankCell: null },
  { name: "Excel on Windows desktop (an empty cell arrives as 0)", blankCell: 0 },
];

interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export class ExcelError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface LoadedFunctions {
  metadata: FunctionMetadata[];
  /** functions.json's switch that makes Excel pass data types (entities, formatted numbers) as objects. */
  allowCustomDataForDataTypeAny: boolean;
  associated: Map<string, (...args: unknown[]) => unknown>;
  /** Calls a function as Excel would; a thrown CustomFunctions.Error comes back as an ExcelError value. */
  call(id: string, ...args: unknown[]): unknown;
}

/** A Date whose "now" (new Date(), Date.now()) is `now`, for the bundle's notion of today. */
function dateFixedAt(now: Date): DateConstructor {
  const fixed = now.getTime();
  class FixedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return fixed;
    }
  }
  return FixedDate as DateConstructor;
}

export interface LoadOptions {
  /** The clock the bundle sees (today's date); default the real one. */
  readonly now?: Date;
  /** Office.context.displayLanguage in the shared runtime ("fr-FR"); without it no Office global, as outside Excel. */
  readonly displayLanguage?: string;
}

export function loadFunctions(host: ExcelHost = HOSTS[0], options: LoadOptions = {}): LoadedFunctions {
  const json = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: FunctionMetadata[];
    allowCustomDataForDataTypeAny?: boolean;
  };
  const metadata = json.functions;
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const runtime = {
    associate(
      idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown,
    ) {
      if (typeof idOrMappings === "string")
        associated.set(idOrMappings, fn as (...args: unknown[]) => unknown);
      else for (const [id, mapped] of Object.entries(idOrMappings)) associated.set(id, mapped);
    },
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  const context = createContext({
    CustomFunctions: runtime,
    ...(options.now === undefined ? {} : { Date: dateFixedAt(options.now) }),
    ...(options.displayLanguage === undefined
      ? {}
      : { Office: { context: { displayLanguage: options.displayLanguage } } }),
  });
  runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });

  const cell = (value: unknown) => (value === BLANK ? host.blankCell : value);
  const cells = (value: unknown): unknown => (Array.isArray(value) ? value.map(cells) : cell(value));

  function call(id: string, ...args: unknown[]): unknown {
    const meta = metadata.find((f) => f.id === id);
    const fn = associated.get(id);
    if (!meta || !fn) throw new Error(`${id} is not in functions.json or was not associated`);
    if (args.length > meta.parameters.length)
      throw new Error(`${id} takes ${meta.parameters.length} arguments`);
    const shaped = meta.parameters.map((parameter, index) => {
      if (index >= args.length) {
        if (!parameter.optional) throw new Error(`${id}: required argument ${parameter.name} missing`);
        return null;
      }
      const value = args[index];
      if (parameter.dimensionality === "matrix" && !Array.isArray(value))
        return value === null ? null : [[cell(value)]];
      return cells(value);
    });
    try {
      return fn(...shaped);
    } catch (error) {
      if (error instanceof CustomFunctionsError) return new ExcelError(error.code, error.message ?? "");
      throw error;
    }
  }
  return {
    metadata,
    allowCustomDataForDataTypeAny: json.allowCustomDataForDataTypeAny === true,
    associated,
    call,
  };
}
