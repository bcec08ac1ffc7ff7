type MirrorOf<E> = { readonly [K in keyof E]: `${E[K] & string}` };

/** CustomFunctions.ErrorCode, checked against @types/custom-functions-runtime. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const satisfies MirrorOf<typeof CustomFunctions.ErrorCode>;

/** CustomFunctions.Error: what a function returns (or throws) to show an Excel error in its cell. */
export class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The CustomFunctions global of the shared runtime; associations are kept for tests to call. */
export function createCustomFunctionsNamespace(associations: Map<string, (...args: unknown[]) => unknown>) {
  return {
    associate(
      idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown,
    ) {
      const mappings = typeof idOrMappings === "string" ? { [idOrMappings]: fn } : idOrMappings;
      for (const [id, implementation] of Object.entries(mappings)) {
        if (typeof implementation !== "function")
          throw new TypeError(`CustomFunctions.associate: ${id} is not a function`);
        // Excel matches function ids case-insensitively and stores them upper-case.
        associations.set(id.toUpperCase(), implementation);
      }
    },
    Error: CustomFunctionError,
    ErrorCode,
  };
}
