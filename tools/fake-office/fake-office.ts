import { ErrorCodes, FakeOfficeError } from "./protocol/errors";
import { ClientObject, defineProxyClass, type ProxyClass } from "./client/client-object";
import { FakeClientResult } from "./client/client-result";
import { FakeRequestContext } from "./client/request-context";
import { createRun } from "./client/run";
import { FakeHost } from "./host/fake-host";
import { TYPES } from "./host/registry";
import { createHook, type FakeExcelHook } from "./hook";
import { workbookFromSeed, type WorkbookSeed } from "./model/seed";
import { createCustomFunctionsNamespace } from "./office/custom-functions";
import * as excelEnums from "./office/excel-enums";
import {
  OfficeState,
  completeInitialization,
  createDocumentSettings,
  createOfficeNamespace,
  restrictPage,
  type OfficeTheme,
} from "./office/office-namespace";

export interface FakeOfficeOptions {
  /** The workbook the add-in finds when it starts (default: one empty "Sheet1"). */
  workbook?: WorkbookSeed;
  /** Delay of each sync in milliseconds (default 0; a sync is asynchronous either way). */
  latencyMs?: number;
  /** Request and response limit in bytes (default 5 MB, as Excel on the web). */
  payloadLimitBytes?: number;
  /** Office.context.platform (default "OfficeOnline"). */
  platform?: string;
  displayLanguage?: string;
  theme?: Partial<OfficeTheme>;
  /** Requirement sets reported by isSetSupported, name → highest version. */
  requirementSets?: Record<string, string>;
}

/**
 * Installs Office, Excel, OfficeExtension, CustomFunctions and the test hook __fakeExcel on
 * `globalObject` (window in a browser, any object in node tests) and returns the hook.
 */
export function createFakeOffice(globalObject: object, options: FakeOfficeOptions = {}): FakeExcelHook {
  const host = new FakeHost();
  if (options.workbook) host.workbook = workbookFromSeed(options.workbook);
  if (options.latencyMs !== undefined) host.latencyMs = options.latencyMs;
  if (options.payloadLimitBytes !== undefined) host.payloadLimitBytes = options.payloadLimitBytes;

  const state = new OfficeState();
  if (options.platform) state.platform = options.platform;
  if (options.displayLanguage) state.displayLanguage = options.displayLanguage;
  if (options.theme) state.theme = { ...state.theme, ...options.theme };
  if (options.requirementSets) state.requirementSets = { ...options.requirementSets };

  const classes = new Map<string, ProxyClass>(
    [...TYPES.values()].map((spec) => [spec.name, defineProxyClass(spec)]),
  );
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(host, classes);
    }
  }
  const excel = {
    ...Object.fromEntries(classes),
    ...excelEnums,
    RequestContext,
    run: createRun(() => new RequestContext()),
  };
  const officeExtension = {
    Error: FakeOfficeError,
    ErrorCodes,
    ClientObject,
    ClientResult: FakeClientResult,
    ClientRequestContext: FakeRequestContext,
    Promise,
    config: { extendedErrorLogging: false },
  };
  const documentSettings = createDocumentSettings(host);
  const office = createOfficeNamespace(state, documentSettings);
  const customFunctions = new Map<string, (...args: unknown[]) => unknown>();
  const hook = createHook({ host, office: state, documentSettings, customFunctions });

  Object.assign(globalObject, {
    Office: office,
    Excel: excel,
    OfficeExtension: officeExtension,
    CustomFunctions: createCustomFunctionsNamespace(customFunctions),
    __fakeExcel: hook,
  });
  restrictPage(globalObject);
  completeInitialization(state, office, globalObject);
  return hook;
}
