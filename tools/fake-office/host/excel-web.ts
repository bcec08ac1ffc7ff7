import { HostErrorCodes } from "../protocol/errors";
import { type Json, type JsonObject, isJsonObject, utf8ByteLength } from "../protocol/json";
import { WorkbookModel } from "../model/workbook";
import {
  ActionType,
  ObjectPathType,
  RichApiHost,
  type RichApiRequest,
  type RichApiResponse,
} from "./rich-api";

/**
 * Excel on the web as Microsoft's Office.js sees it from inside its iframe: JSON strings over postMessage
 * (../shared/office-wire-protocol/README.md). It answers the start-up handshake with an app context, runs the
 * RichApi requests of Excel.run against the workbook (rich-api.ts), keeps the document settings of
 * Office.context.document.settings, pushes events, and counts what went through.
 */

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The requirement sets of Excel on the web in December 2026, lower case as the client reads them. */
export const NEWEST_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  excelapi: "1.17",
  excelapionline: "1.1",
  customfunctionsruntime: "1.4",
  sharedruntime: "1.1",
  ribbonapi: "1.1",
  dialogapi: "1.2",
  identityapi: "1.3",
  settings: "1.1",
  documentevents: "1.1",
  selection: "1.1",
  textcoercion: "1.1",
  matrixcoercion: "1.1",
  tablecoercion: "1.1",
  bindingevents: "1.1",
  matrixbindings: "1.1",
  tablebindings: "1.1",
  textbindings: "1.1",
  richapiruntimeflag: "1.2",
};

const MessageType = { request: 0, response: 1 } as const;
const XdmActionType = { invoke: 0, registerEvent: 1, unregisterEvent: 2 } as const;
const ResponseType = { reply: 0, event: 1 } as const;
/** DispatchIds of executeMethod (OSF.DDA.MethodDispId in office.js). */
const DispatchId = { loadSettings: 75, saveSettings: 76, executeRichApi: 93 } as const;
/** Transport error codes (OSF.DDA.ErrorCodeManager): what the channel, not the workbook, refuses. */
export const TransportError = {
  generalException: 5001,
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
} as const;

/** One XDM message, as office.js sends it. */
interface XdmMessage {
  readonly _messageType: number;
  readonly _actionName: string;
  readonly _conversationId: string;
  readonly _correlationId: number;
  readonly _actionType: number;
  readonly _data: Json;
}

export interface SyncStats {
  /** Excel.run requests (ProcessQuery) that reached the host; an empty sync sends nothing, as in Office.js. */
  syncs: number;
  failedSyncs: number;
  /** The largest serialized request body: what Excel on the web measures against its 5 MB limit. */
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  actions: number;
  /** Requests that called Application.suspendApiCalculationUntilNextSync(). */
  calculationSuspendedSyncs: number;
  screenUpdatingSuspendedSyncs: number;
  /** The client's own requests at the end of Excel.run that release the references it kept. */
  referenceReleases: number;
}

export interface SyncLogEntry {
  readonly sync: number;
  readonly requestBytes: number;
  /** 0 when no answer went back: the request was refused, or the answer was over the limit. */
  readonly responseBytes: number;
  readonly actions: number;
  readonly sets: number;
  readonly methods: number;
  readonly loads: number;
  readonly calculationSuspended: boolean;
  /** The methods the request called and the objects it reached, by their wire names ("GetRange", "Values"). */
  readonly names: string[];
  /** The error code the sync was refused with, if any. */
  readonly error?: string;
}

/** How the next request fails before it reaches the workbook. */
export type InjectedFailure =
  /** An error in the response body, as the workbook would give it (e.g. ItemNotFound, GeneralException). */
  | { readonly code: string; readonly message?: string }
  /** A transport error code instead of a response (5001 GeneralException, 5103, 5104 …). */
  | { readonly transport: number };

/** How the host refuses a request or response over the payload limit. */
export type OversizeMode =
  /** RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as documented. */
  | "payload-codes"
  /** GeneralException, as Excel on the web also answers (office-js-docs-reference #354, office-js #1012). */
  | "general-exception";

export interface ExcelWebOptions {
  /** The display language, `_appUILocale` of the app context (default en-US). */
  readonly displayLanguage?: string;
  /** Versions of requirement sets the host advertises, over NEWEST_REQUIREMENT_SETS (name → version). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Delay before each RichApi answer, in milliseconds. */
  readonly latencyMs?: number;
  readonly payloadLimitBytes?: number;
  readonly oversize?: OversizeMode;
  /** Document settings (Office.context.document.settings) the add-in finds, key → value. */
  readonly documentSettings?: Readonly<Record<string, Json>>;
  /** Start without answering the add-in's requests (see `silent`). */
  readonly silent?: boolean;
  /**
   * Setting PageLayout.zoom to fit to pages leaves the zoom as it was ({scale: 100} on a new sheet), as some Excel
   * versions do (office-js #1860: Scale to Fit is not set unless the Page Layout tab is open).
   */
  readonly fitToPagesIgnored?: boolean;
  /**
   * Values written right of a table make the table take those columns in, as desktop Excel's AutoCorrect "Include new
   * rows and columns in table" does (growTablesRight in model/table-ops.ts). Off: Excel on the web as modelled.
   */
  readonly tableAutoExpand?: boolean;
}

function emptyStats(): SyncStats {
  return {
    syncs: 0,
    failedSyncs: 0,
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    actions: 0,
    calculationSuspendedSyncs: 0,
    screenUpdatingSuspendedSyncs: 0,
    referenceReleases: 0,
  };
}

/** The request Excel.run sends at its end: nothing but _RemoveReference of the references it kept. */
const isReferenceRelease = (request: RichApiRequest): boolean =>
  request.Actions.some((action) => action.Name === "_RemoveReference") &&
  request.Actions.every(
    (action) =>
      action.Name === "_RemoveReference" ||
      (action.ActionType === ActionType.instantiate &&
        request.ObjectPaths[String(action.ObjectPathId)]?.ObjectPathType === ObjectPathType.global),
  );

/** The RichApi request the client sends first, on its own (not the add-in's). */
const isHandshakeRequest = (request: RichApiRequest): boolean =>
  Object.values(request.ObjectPaths).some(
    (path) => path.Name === "Microsoft.InternalService.AddinInternalService",
  );

export class ExcelWebHost {
  workbook = new WorkbookModel();
  stats: SyncStats = emptyStats();
  log: SyncLogEntry[] = [];
  payloadLimitBytes: number;
  latencyMs: number;
  oversize: OversizeMode;
  fitToPagesIgnored: boolean;
  tableAutoExpand: boolean;
  /**
   * While true, the add-in's requests get no answer (Excel on the web busy calculating, office-js #6678); they are
   * answered when it turns false, or never.
   */
  private silentSince: (() => void)[] | undefined;
  readonly displayLanguage: string;
  readonly requirementSets: Readonly<Record<string, string>>;
  documentSettings: Record<string, Json>;
  /** Every XDM event registration, in order (name and whether it was added or removed). */
  readonly registrations: { name: string; added: boolean }[] = [];
  readonly richApi: RichApiHost;
  private readonly failures: InjectedFailure[] = [];
  private eventConversation: { conversationId: string; correlationId: number } | undefined;

  constructor(
    private readonly hostOrigin: string,
    options: ExcelWebOptions = {},
  ) {
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.requirementSets = { ...NEWEST_REQUIREMENT_SETS, ...lowerCaseKeys(options.requirementSets ?? {}) };
    this.latencyMs = options.latencyMs ?? 0;
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.oversize = options.oversize ?? "payload-codes";
    this.fitToPagesIgnored = options.fitToPagesIgnored === true;
    this.tableAutoExpand = options.tableAutoExpand === true;
    this.documentSettings = { ...(options.documentSettings ?? {}) };
    if (options.silent === true) this.silent = true;
    this.richApi = new RichApiHost(
      () => this.workbook,
      () => this.payloadLimitBytes,
      () => ({ fitToPagesIgnored: this.fitToPagesIgnored, tableAutoExpand: this.tableAutoExpand }),
    );
  }

  get silent(): boolean {
    return this.silentSince !== undefined;
  }

  set silent(silent: boolean) {
    if (silent) this.silentSince ??= [];
    else {
      const waiting = this.silentSince ?? [];
      this.silentSince = undefined;
      for (const resume of waiting) resume();
    }
  }

  resetStats(): void {
    this.stats = emptyStats();
    this.log = [];
  }

  replaceWorkbook(workbook: WorkbookModel): void {
    this.workbook = workbook;
    this.richApi.forgetReferences();
  }

  failNextSync(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  clearFailures(): void {
    this.failures.length = 0;
  }

  /**
   * Answers one message from the add-in's frame: the replies to post back (none for what is not a request,
   * and none while `silent` holds a RichApi request).
   */
  async handle(raw: unknown): Promise<string[]> {
    if (typeof raw !== "string") return [];
    let message: XdmMessage;
    try {
      message = JSON.parse(raw) as XdmMessage;
    } catch {
      return [];
    }
    if (message._messageType !== MessageType.request) return [];
    const reply = (data: Json, errorCode = 0): string[] => [this.envelope(message, data, errorCode)];
    if (
      message._actionType === XdmActionType.registerEvent ||
      message._actionType === XdmActionType.unregisterEvent
    ) {
      const added = message._actionType === XdmActionType.registerEvent;
      this.registrations.push({ name: message._actionName, added });
      if (message._actionName === "richApiMessage" && added)
        this.eventConversation = {
          conversationId: message._conversationId,
          correlationId: message._correlationId,
        };
      return reply({ Error: 0 });
    }
    switch (message._actionName) {
      case "ContextActivationManager_getAppContextAsync":
        return reply(this.appContext(String(message._data ?? "")));
      case "ContextActivationManager_notifyHost":
        return reply(null);
      case "executeMethod":
        try {
          return reply(await this.executeMethod(isJsonObject(message._data) ? message._data : {}));
        } catch {
          // Never no answer (the client has none of its own timeout): what the host cannot take is Excel's 5001.
          return reply({ Version: 1, Error: TransportError.generalException });
        }
      default:
        // Office.js reports an unknown action as a failed call; -2 is its "error handling request".
        return reply(null, -2);
    }
  }

  /**
   * A richApiMessage event for the add-in (worksheet changed, selection changed, visibility): the entries are
   * [eventId, source, targetId, argumentsJson, ...] as Excel sends them.
   */
  richApiEvent(entries: Json[]): string | undefined {
    if (this.eventConversation === undefined) return undefined;
    return JSON.stringify({
      _messageType: MessageType.response,
      _actionName: "richApiMessage",
      _conversationId: this.eventConversation.conversationId,
      _correlationId: this.eventConversation.correlationId,
      _origin: this.hostOrigin,
      _data: { ArrayData: entries },
      _errorCode: 0,
      _responseType: ResponseType.event,
      _serializerVersion: 1,
    });
  }

  private envelope(request: XdmMessage, data: Json, errorCode: number): string {
    return JSON.stringify({
      _messageType: MessageType.response,
      _actionName: request._actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _origin: this.hostOrigin,
      _data: data,
      _errorCode: errorCode,
      _responseType: ResponseType.reply,
      _serializerVersion: 1,
    });
  }

  /** The app context of the handshake; the client fails when any of the first nine fields is missing. */
  private appContext(appId: string): JsonObject {
    return {
      _id: appId,
      _appName: 16, // OSF.AppName.ExcelWebApp
      _appVersion: "16.0.0.0",
      _appUILocale: this.displayLanguage,
      _dataLocale: this.displayLanguage,
      _docUrl: "https://contoso.sharepoint.com/Shipment.xlsx",
      _clientMode: 1, // read-write
      _settings: Object.entries(this.documentSettings).map(([key, value]) => [key, JSON.stringify(value)]),
      _reason: "inserted",
      _osfControlType: 1, // task pane
      _eToken: "",
      _correlationId: "00000000-0000-0000-0000-000000000001",
      _appInstanceId: "{00000000-0000-0000-0000-0000000000AA}",
      _appMinorVersion: 0,
      // A JSON string, as Excel on the web sends it.
      _requirementMatrix: JSON.stringify(this.requirementSets),
      _hostCustomMessage: null,
      _hostFullVersion: "16.0.17000.10000",
      _clientWindowHeight: 800,
      _clientWindowWidth: 1280,
      _addinName: "Customs inverse value",
      _appDomains: [],
      _featureGates: {},
      _initialDisplayMode: 0,
    };
  }

  private async executeMethod(data: JsonObject): Promise<Json> {
    const method = isJsonObject(data["DdaMethod"]) ? data["DdaMethod"] : {};
    switch (method["DispatchId"]) {
      case DispatchId.saveSettings: {
        // {OverwriteIfStale, Properties: [[key, JSON text], ...]} (OSF.DDA.WAC.SettingsTranslator.write).
        const request = isJsonObject(data["DdaSettingsMethod"]) ? data["DdaSettingsMethod"] : {};
        const saved = Array.isArray(request["Properties"]) ? request["Properties"] : [];
        this.documentSettings = Object.fromEntries(
          saved.flatMap((entry) =>
            Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string"
              ? [[entry[0], JSON.parse(entry[1]) as Json]]
              : [],
          ),
        );
        return { Version: 1, Error: 0 };
      }
      case DispatchId.loadSettings:
        // Excel's shape of the settings read back (SettingsTranslator.read): {Settings: [{Name, Value}]}.
        return {
          Version: 1,
          Error: 0,
          Properties: {
            Settings: Object.entries(this.documentSettings).map(([key, value]) => ({
              Name: key,
              Value: JSON.stringify(value),
            })),
          },
        };
      case DispatchId.executeRichApi:
        return this.processQuery(data);
      default:
        return { Version: 1, Error: TransportError.generalException };
    }
  }

  private async processQuery(data: JsonObject): Promise<Json> {
    const arrayData = Array.isArray(data["ArrayData"]) ? data["ArrayData"] : [];
    const body = typeof arrayData[4] === "string" ? arrayData[4] : "{}";
    const request = JSON.parse(body) as RichApiRequest;
    // The client's own requests (its greeting, the release of kept references when Excel.run ends) are not the
    // add-in's syncs: they are answered, and counted apart.
    if (isHandshakeRequest(request)) return this.answer(this.richApi.execute(request).response);
    if (isReferenceRelease(request)) {
      this.stats.referenceReleases++;
      return this.answer(this.richApi.execute(request).response);
    }
    if (this.silentSince !== undefined) {
      const waiting = this.silentSince;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    const requestBytes = utf8ByteLength(body);
    const counts = countActions(request);
    const sync = ++this.stats.syncs;
    this.stats.actions += request.Actions.length;
    this.stats.totalRequestBytes += requestBytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, requestBytes);
    const entry = { sync, requestBytes, responseBytes: 0, ...counts, calculationSuspended: false };
    const refuse = (logged: SyncLogEntry, code: string, transport: number): Json => {
      this.stats.failedSyncs++;
      this.log.push({ ...logged, error: code });
      return { Version: 1, Error: transport };
    };
    const oversized = (logged: SyncLogEntry, which: "request" | "response"): Json =>
      this.oversize === "general-exception"
        ? refuse(logged, HostErrorCodes.generalException, TransportError.generalException)
        : which === "request"
          ? refuse(logged, "RequestPayloadSizeLimitExceeded", TransportError.requestPayloadSizeLimitExceeded)
          : refuse(
              logged,
              "ResponsePayloadSizeLimitExceeded",
              TransportError.responsePayloadSizeLimitExceeded,
            );
    if (requestBytes > this.payloadLimitBytes) return oversized(entry, "request");
    // Excel answers asynchronously; latency lets tests exercise progress and Cancel.
    await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failure = this.failures.shift();
    if (failure !== undefined) {
      if ("transport" in failure) return refuse(entry, `transport ${failure.transport}`, failure.transport);
      this.stats.failedSyncs++;
      this.log.push({ ...entry, error: failure.code });
      return this.answer({
        Results: [],
        Error: {
          Code: failure.code,
          Message: failure.message ?? `Injected failure ${failure.code}.`,
          HttpStatusCode: failure.code === HostErrorCodes.generalException ? 500 : 400,
          ActionIndex: 0,
          Location: "",
        },
      });
    }
    const report = this.richApi.execute(request);
    if (report.calculationSuspended) this.stats.calculationSuspendedSyncs++;
    if (report.screenUpdatingSuspended) this.stats.screenUpdatingSuspendedSyncs++;
    const executed = { ...entry, calculationSuspended: report.calculationSuspended };
    // The workbook has already run the actions when the answer turns out too big (it is the channel back that
    // refuses it), so the writes of such a request stay applied.
    if (report.responseTooLarge) return oversized(executed, "response");
    const responseText = JSON.stringify(report.response);
    const responseBytes = utf8ByteLength(responseText);
    const answered = { ...executed, responseBytes };
    if (responseBytes > this.payloadLimitBytes) return oversized(answered, "response");
    this.stats.totalResponseBytes += responseBytes;
    this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, responseBytes);
    this.log.push(report.response.Error ? { ...answered, error: report.response.Error.Code } : answered);
    if (report.response.Error) this.stats.failedSyncs++;
    return { Version: 1, Error: 0, Data: [200, [], responseText] };
  }

  private answer(response: RichApiResponse): Json {
    return { Version: 1, Error: 0, Data: [200, [], JSON.stringify(response)] };
  }
}

function lowerCaseKeys(sets: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(sets).map(([name, version]) => [name.toLowerCase(), version]));
}

function countActions(request: RichApiRequest): {
  actions: number;
  sets: number;
  methods: number;
  loads: number;
  names: string[];
} {
  let sets = 0;
  let methods = 0;
  let loads = 0;
  for (const action of request.Actions) {
    if (action.ActionType === ActionType.setProperty || action.ActionType === ActionType.update) sets++;
    else if (action.ActionType === ActionType.method && !action.Name.startsWith("_")) methods++;
    else if (action.ActionType === ActionType.query) loads++;
  }
  const names = [
    ...Object.values(request.ObjectPaths).map((path) => path.Name),
    ...request.Actions.map((action) => action.Name),
  ].filter((name) => name !== "" && name !== "_KeepReference" && name !== "_RemoveReference");
  return { actions: request.Actions.length, sets, methods, loads, names: [...new Set(names)] };
}
