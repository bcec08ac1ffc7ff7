/*
 * Loaded first by taskpane.html, before office.js and the bundles, and written in ES5 so that it parses everywhere
 * (test/manifest/browser-check.test.ts parses it as ES5). Older Office builds on Windows run the shared runtime in
 * Internet Explorer 11 (Trident): the ES2020 bundles do not parse there, the CUSTOMS functions never register and
 * the pane would stay on "Loading…". In that runtime this script says in the pane which Office is needed; anywhere
 * else it does nothing. Office chooses the webview: WebView2 (Microsoft Edge) from Microsoft 365 build
 * 16.0.13530.20424 and in Office 2021 or later, with the WebView2 runtime installed; an add-in with a shared runtime
 * never gets EdgeHTML, so older builds give it Internet Explorer 11 ("Browsers and webview controls used by Office
 * Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * No eval, no inline script: the page's Content-Security-Policy allows neither.
 */
/* global window, document */
(function (win, doc) {
  "use strict";

  var MESSAGE =
    "This version of Office runs add-ins in Internet Explorer 11, which cannot run Customs Inverse Value: " +
    "neither the task pane nor the CUSTOMS functions work here. They need Microsoft 365 (build 16.0.13530.20424 " +
    "or later) or Office 2021 or later on Windows, with the Microsoft Edge WebView2 runtime, or Excel on the web " +
    "or on Mac. Update Office (File > Account > Update Options), or ask your administrator.";

  /** True in Internet Explorer (document.documentMode is its own) or wherever ES2015's built-ins are missing. */
  function isLegacyRuntime(w, d) {
    if (d && typeof d.documentMode === "number") return true;
    return (
      typeof w.Symbol !== "function" ||
      typeof w.Promise !== "function" ||
      typeof w.Map !== "function" ||
      typeof w.Proxy !== "function" ||
      typeof w.Reflect !== "object"
    );
  }

  function show() {
    var status = doc.getElementById("status");
    var pane = doc.getElementById("pane");
    var app = doc.getElementById("app");
    if (pane) pane.setAttribute("hidden", "hidden");
    if (status) status.textContent = MESSAGE;
    if (app) {
      app.setAttribute("data-state", "unsupported");
      app.setAttribute("aria-busy", "false");
    }
  }

  if (!isLegacyRuntime(win, doc)) return;
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", show, false);
  else show();
})(window, document);
