/**
 * The error codes and messages Excel answers with. Codes are copied from @microsoft/office-js
 * (dist/excel-web-16.00.debug.js and en-us/office_strings.debug.js); host-side messages
 * (ItemNotFound, InvalidArgument, ...) are Excel's documented texts.
 */

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
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  writeNotSupportedWhenModalDialogOpen: "WriteNotSupportedWhenModalDialogOpen",
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

export const Messages = {
  invalidObjectPath: (path: string) =>
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
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
