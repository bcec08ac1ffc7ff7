import { ErrorCodes, FakeOfficeError, Messages } from "../protocol/errors";
import { ClientObject } from "./client-object";
import { FakeRequestContext } from "./request-context";

type Batch = (context: FakeRequestContext) => unknown;

function invalidRun(): FakeOfficeError {
  return new FakeOfficeError({
    code: ErrorCodes.invalidArgument,
    message: Messages.invalidArgument,
    errorLocation: "Excel.run",
  });
}

/** Which context a run uses: a new one, or the context of the objects / context passed first. */
function contextFor(first: unknown, newContext: () => FakeRequestContext): FakeRequestContext {
  if (first instanceof FakeRequestContext) return first;
  if (first instanceof ClientObject) return first.context as FakeRequestContext;
  if (Array.isArray(first)) {
    if (first.length === 0 || !first.every((o) => o instanceof ClientObject)) throw invalidRun();
    const context = (first[0] as ClientObject).context;
    if (!first.every((o: ClientObject) => o.context === context)) {
      throw new FakeOfficeError({
        code: ErrorCodes.invalidRequestContext,
        message: Messages.invalidRequestContext,
      });
    }
    return context as FakeRequestContext;
  }
  if (typeof first === "object" && first !== null && "previousObjects" in first) {
    return contextFor((first as { previousObjects: unknown }).previousObjects, newContext);
  }
  if (typeof first === "object" && first !== null) return newContext();
  throw invalidRun();
}

/**
 * Excel.run(batch), Excel.run(objects, batch), Excel.run(options, batch): runs the batch, then a
 * final sync of whatever it queued; rejects with the batch's error. The batch must return a promise.
 */
export function createRun(newContext: () => FakeRequestContext) {
  return async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function" || args.length > 2) throw invalidRun();
    const context = args.length === 2 ? contextFor(args[0], newContext) : newContext();
    context.beginRun();
    try {
      const pending = (batch as Batch)(context);
      if (typeof (pending as PromiseLike<unknown> | undefined)?.then !== "function") {
        throw new FakeOfficeError({
          code: ErrorCodes.runMustReturnPromise,
          message: Messages.runMustReturnPromise,
        });
      }
      const result = await pending;
      await context.sync();
      return result;
    } finally {
      context.endRun();
    }
  };
}
