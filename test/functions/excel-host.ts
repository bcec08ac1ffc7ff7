import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";

/**
 * Loads dist/functions.js the way Excel's custom-functions runtime does: in a bare JavaScript context whose
 * only host global is `CustomFunctions` (associate, Error, ErrorCode), and calls the functions with the argument
 * shapes dist/functions.json declares: matrix parameters get 2-D arrays, omitted optional arguments are null.
 */
export const DIST = join(__dirname, "..", "..", "dist");

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
  associated: Map<string, (...args: unknown[]) => unknown>;
  /** Calls a function as Excel would; a thrown CustomFunctions.Error comes back as an ExcelError value. */
  call(id: string, ...args: unknown[]): unknown;
}

export function loadFunctions(): LoadedFunctions {
  const metadata = (
    JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: FunctionMetadata[] }
  ).functions;
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
  const context = createContext({ CustomFunctions: runtime });
  runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });

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
        return value === null ? null : [[value]];
      return value;
    });
    try {
      return fn(...shaped);
    } catch (error) {
      if (error instanceof CustomFunctionsError) return new ExcelError(error.code, error.message ?? "");
      throw error;
    }
  }
  return { metadata, associated, call };
}
