/**
 * OfficeExtension.Error and the error codes and messages of the real runtime.
 * Codes and the client-side messages (PropertyNotLoaded, ValueNotLoaded, payload limits,
 * InvalidObjectPath, RunMustReturnPromise) are copied from @microsoft/office-js
 * (dist/excel-web-16.00.debug.js and en-us/office_strings.debug.js). Host-side messages
 * (ItemNotFound, InvalidArgument, ...) come from Excel and are the documented texts.
 */

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  toString(): string;
}

export interface ErrorInit {
  code: string;
  message: string;
  errorLocation?: string;
  traceMessages?: string[];
}

/** Mirrors OfficeExtension.Error (the runtime names it "RichApi.Error"). */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[];
  readonly innerError: FakeOfficeError | null = null;
  readonly httpStatusCode: number;

  constructor(init: ErrorInit) {
    super(init.message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "RichApi.Error";
    this.code = init.code;
    this.traceMessages = init.traceMessages ?? [];
    this.httpStatusCode = init.code === ErrorCodes.generalException ? 500 : 400;
    const debugInfo: FakeDebugInfo = {
      code: init.code,
      message: init.message,
      toString() {
        return JSON.stringify(this);
      },
    };
    if (init.errorLocation !== undefined) debugInfo.errorLocation = init.errorLocation;
    this.debugInfo = debugInfo;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** OfficeExtension.ErrorCodes at runtime (CoreErrorCodes plus the client-only codes). */
export const ErrorCodes = {
  apiNotFound: "ApiNotFound",
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidArgument: "InvalidArgument",
  connectionFailure: "ConnectionFailure",
  timeout: "Timeout",
  invalidOrTimedOutSession: "InvalidOrTimedOutSession",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  valueNotLoaded: "ValueNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  writeNotSupportedWhenModalDialogOpen: "WriteNotSupportedWhenModalDialogOpen",
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  cannotUpdateReadOnlyProperty: "CannotUpdateReadOnlyProperty",
} as const;

/** Excel host error codes used by the fake (a subset of Excel.ErrorCodes). */
export const HostErrorCodes = {
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  generalException: "GeneralException",
  rangeExceedsLimit: "RangeExceedsLimit",
  notImplemented: "NotImplemented",
} as const;

const PAYLOAD_DOC =
  'Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';

export const Messages = {
  propertyNotLoaded: (name: string) =>
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  valueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  requestPayload: `The request payload size has exceeded the limit. ${PAYLOAD_DOC}`,
  responsePayload: `The response payload size has exceeded the limit. ${PAYLOAD_DOC}`,
  invalidObjectPath: (path: string) =>
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  invalidRequestContext: "Cannot use the object across different request contexts.",
  runMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  invalidArgumentNamed: (name: string) =>
    `The argument '${name}' doesn't work for this situation, is missing, or isn't in the right format.`,
  invalidArgument: "The argument is invalid or missing or has an incorrect format.",
  itemNotFound: "The requested resource doesn't exist.",
  itemAlreadyExists: "A resource with the same name or identifier already exists.",
  invalidOperation: "The operation attempted is invalid on the object.",
  rangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  dimensionMismatch:
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
} as const;

/** An error raised inside the host while executing an action; becomes the sync's rejection. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export const hostErrors = {
  invalidArgument: (message: string = Messages.invalidArgument) =>
    new HostError(HostErrorCodes.invalidArgument, message),
  itemNotFound: (message: string = Messages.itemNotFound) =>
    new HostError(HostErrorCodes.itemNotFound, message),
  itemAlreadyExists: () => new HostError(HostErrorCodes.itemAlreadyExists, Messages.itemAlreadyExists),
  invalidOperation: (message: string = Messages.invalidOperation) =>
    new HostError(HostErrorCodes.invalidOperation, message),
  /** For Excel features the fake does not imitate: fail loudly rather than pretend. */
  notModelled: (what: string) =>
    new HostError(HostErrorCodes.notImplemented, `fake-office does not model ${what}.`),
};
