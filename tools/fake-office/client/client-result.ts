import { ErrorCodes, FakeOfficeError, Messages } from "../protocol/errors";

/** OfficeExtension.ClientResult: the value of a method like getCount(), readable after the sync. */
export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) {
      throw new FakeOfficeError({
        code: ErrorCodes.valueNotLoaded,
        message: Messages.valueNotLoaded,
        errorLocation: "clientResult.value",
      });
    }
    return this.result as T;
  }

  /** Called by the request context when the sync's response arrives. */
  resolve(value: T): void {
    this.loaded = true;
    this.result = value;
  }
}
