import { createFakeOffice, type FakeOfficeOptions } from "./fake-office";
import type { FakeExcelHook } from "./hook";

/** The fake's globals, typed with the real @types/office-js so tests use the API as add-ins do. */
export interface FakeOfficeGlobals {
  hook: FakeExcelHook;
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  CustomFunctions: typeof CustomFunctions;
}

/** Installs a fresh fake on a plain object (not the real global), for node tests. */
export function installFakeOffice(options?: FakeOfficeOptions): FakeOfficeGlobals {
  const globals: Record<string, unknown> = {};
  const hook = createFakeOffice(globals, options);
  return {
    hook,
    Excel: globals["Excel"] as typeof Excel,
    Office: globals["Office"] as typeof Office,
    OfficeExtension: globals["OfficeExtension"] as typeof OfficeExtension,
    CustomFunctions: globals["CustomFunctions"] as typeof CustomFunctions,
  };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error("expected the promise to reject");
}

/** The error a function throws synchronously (fails the test if it does not throw). */
export function thrown(fn: () => unknown): OfficeExtension.Error {
  try {
    fn();
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error("expected the function to throw");
}
