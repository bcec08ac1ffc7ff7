import { ErrorCodes, FakeOfficeError, Messages } from "../protocol/errors";
import { utf8ByteLength } from "../protocol/json";
import type { RequestBody, ResponseBody } from "../protocol/wire";
import { WorkbookModel } from "../model/workbook";
import { HostSession } from "./session";

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncStats {
  /** Round trips: context.sync() calls that had something to send (an empty sync sends nothing, as in Office.js). */
  syncs: number;
  emptySyncs: number;
  failedSyncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  actions: number;
  /** Requests that called Application.suspendApiCalculationUntilNextSync(). */
  calculationSuspendedSyncs: number;
  screenUpdatingSuspendedSyncs: number;
}

export interface SyncLogEntry {
  readonly sync: number;
  readonly requestBytes: number;
  /** 0 when the request never reached the host. */
  readonly responseBytes: number;
  readonly actions: number;
  readonly sets: number;
  readonly methods: number;
  readonly loads: number;
  readonly calculationSuspended: boolean;
  /** The error code the sync was rejected with, if any. */
  readonly error?: string;
}

export interface InjectedFailure {
  code: string;
  message?: string;
}

function emptyStats(): SyncStats {
  return {
    syncs: 0,
    emptySyncs: 0,
    failedSyncs: 0,
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    actions: 0,
    calculationSuspendedSyncs: 0,
    screenUpdatingSuspendedSyncs: 0,
  };
}

/**
 * The fake Excel process: owns the workbook, carries requests to it the way Office.js does
 * (JSON over a channel with a size limit, asynchronously), and counts what went through.
 */
export class FakeHost {
  workbook = new WorkbookModel();
  stats: SyncStats = emptyStats();
  log: SyncLogEntry[] = [];
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;
  latencyMs = 0;
  private readonly failures: InjectedFailure[] = [];

  newSession(): HostSession {
    return new HostSession(
      () => this.workbook,
      () => this.payloadLimitBytes,
    );
  }

  resetStats(): void {
    this.stats = emptyStats();
    this.log = [];
  }

  /** The next non-empty sync fails with this error before reaching the workbook. */
  failNextSync(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  clearFailures(): void {
    this.failures.length = 0;
  }

  recordEmptySync(): void {
    this.stats.emptySyncs++;
  }

  async send(session: HostSession, request: RequestBody): Promise<ResponseBody> {
    const requestText = JSON.stringify(request);
    const requestBytes = utf8ByteLength(requestText);
    const counts = countActions(request);
    const sync = ++this.stats.syncs;
    this.stats.actions += request.actions.length;
    this.stats.totalRequestBytes += requestBytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, requestBytes);
    const entry = { sync, requestBytes, responseBytes: 0, ...counts, calculationSuspended: false };
    const reject = (code: string, message: string, logged: SyncLogEntry): never => {
      this.stats.failedSyncs++;
      this.log.push({ ...logged, error: code });
      throw new FakeOfficeError({ code, message });
    };
    if (requestBytes > this.payloadLimitBytes)
      reject(ErrorCodes.requestPayloadSizeLimitExceeded, Messages.requestPayload, entry);
    // Office.js always answers asynchronously; latency lets tests exercise progress and cancel.
    await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failure = this.failures.shift();
    if (failure) reject(failure.code, failure.message ?? `Injected failure ${failure.code}.`, entry);
    const report = session.execute(JSON.parse(requestText) as RequestBody);
    if (report.calculationSuspended) this.stats.calculationSuspendedSyncs++;
    if (report.screenUpdatingSuspended) this.stats.screenUpdatingSuspendedSyncs++;
    const executed = { ...entry, calculationSuspended: report.calculationSuspended };
    // The workbook has already run the actions when the response turns out too big (it is the
    // channel back that refuses it), so the writes of such a batch stay applied.
    if (report.responseTooLarge)
      reject(ErrorCodes.responsePayloadSizeLimitExceeded, Messages.responsePayload, executed);
    const responseText = JSON.stringify(report.response);
    const responseBytes = utf8ByteLength(responseText);
    this.stats.totalResponseBytes += responseBytes;
    this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, responseBytes);
    const answered = { ...executed, responseBytes };
    if (responseBytes > this.payloadLimitBytes)
      reject(ErrorCodes.responsePayloadSizeLimitExceeded, Messages.responsePayload, answered);
    const response = JSON.parse(responseText) as ResponseBody;
    this.log.push(response.error ? { ...answered, error: response.error.code } : answered);
    if (response.error) this.stats.failedSyncs++;
    return response;
  }
}

function countActions(request: RequestBody): {
  actions: number;
  sets: number;
  methods: number;
  loads: number;
} {
  let sets = 0;
  let methods = 0;
  let loads = 0;
  for (const action of request.actions) {
    if (action.a === "set") sets++;
    else if (action.a === "method") methods++;
    else if (action.a === "query") loads++;
  }
  return { actions: request.actions.length, sets, methods, loads };
}
