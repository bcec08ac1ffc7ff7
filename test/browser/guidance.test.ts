/**
 * The pane guides the user (issue 10): an action's error beside the action with the focus on it, the focus on the
 * result after an action (never dropped to the page), a result marked out of date when the sheet changes, Cancel
 * while reading said calmly, progress said at steps, and the help on the statuses. Built pane, headless Chromium,
 * Microsoft's Office.js in the simulated Excel on the web.
 */
import type { Frame } from "playwright-core";
import { act, axeViolations, hook, openPane, waitIdle } from "./harness";
import { describeInBrowser } from "./suite";
import { HEADER, largeWorkbookInPage, sampleWorkbook } from "./sample";

async function text(page: Frame, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, " ").trim();
}

/** The id of the element with the keyboard focus in the pane. */
function focused(page: Frame): Promise<string> {
  return page.evaluate(
    () => (globalThis as unknown as { document: Document }).document.activeElement?.id ?? "",
  );
}

function withOtherSheet() {
  const workbook = sampleWorkbook();
  workbook.sheets?.push({
    name: "Returns",
    values: [[...HEADER], HEADER.map((header) => (header === "SKU" ? "RET-1" : null))],
  });
  return workbook;
}

describeInBrowser("a pane that guides the user", (suite) => {
  test("after an action the focus is on its result; an error is said beside the action, with the focus on it", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    expect(await text(page, "label[for=source]")).toBe("Rows to check");
    await page.focus("#check");
    await page.page().keyboard.press("Enter");
    expect(await waitIdle(page)).toBe("done");
    expect(await focused(page)).toBe("result-heading");
    // The next Tab goes on from the result, not from the top of the pane.
    await page.page().keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#result") !== null)).toBe(true);

    // Excel refuses the next request: said beside Check shipment, where the user is.
    await hook(page, "failNextSync", { code: "ItemNotFound" });
    expect(await act(page, "#check")).toBe("error");
    expect(await focused(page)).toBe("action-message");
    expect(await page.getAttribute("#action-message", "role")).toBe("alert");
    expect(await text(page, "#action-message")).toContain("Excel could not finish the request (ItemNotFound");
    // The result of the last run is not left standing under an error about this one.
    expect(await page.isHidden("#result")).toBe(true);
    expect(await page.isVisible("#error")).toBe(false);
  }, 60_000);

  test("a result is marked out of date when another sheet becomes active, and the sheet read is named", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: withOtherSheet() });
    expect(await act(page, "#check")).toBe("done");
    expect(await page.isHidden("#result-stale")).toBe(true);
    await hook(page, "setActiveWorksheet", "Returns");
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("Returns!"));
    await waitIdle(page);
    expect(await text(page, "#result-stale")).toContain("Returns is the active sheet now");
    expect(await text(page, "#result-stale")).toContain("Check shipment on Shipment");
    expect(await page.getAttribute("#result", "data-stale")).toBe("true");
    // Running an action again gives a current result.
    await hook(page, "setActiveWorksheet", "Shipment");
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("Shipment!"));
    await waitIdle(page);
    expect(await act(page, "#check")).toBe("done");
    expect(await page.isHidden("#result-stale")).toBe(true);
    expect(await page.getAttribute("#result", "data-stale")).toBeNull();
  }, 60_000);

  test("Cancel while the sheet is read is said calmly, and progress is said at steps, not at every chunk", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbookBuilder: { fn: largeWorkbookInPage, arg: 4_000 },
    });
    // Every change of the screen reader's progress line, counted in the page.
    await page.evaluate(() => {
      const target = document.getElementById("progress-announcement") as HTMLElement;
      const said: string[] = [];
      (globalThis as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        if (target.textContent) said.push(target.textContent);
      }).observe(target, { childList: true, characterData: true, subtree: true });
    });
    await hook(page, "setPayloadLimit", 150_000);
    expect(await act(page, "#check")).toBe("done");
    const said = await page.evaluate(() => (globalThis as unknown as { said: string[] }).said);
    const chunks = Number(await page.getAttribute("#app", "data-write-chunks"));
    expect(chunks).toBeGreaterThan(8);
    // Each phase once when it starts (the sheet is checked in well under the seconds between announcements).
    expect(said.map((line) => line.split(":")[0])).toEqual([
      "Check shipment",
      "Reading the sheet",
      "Checking",
      "Writing results",
    ]);

    await hook(page, "setLatency", 400);
    await page.click("#check");
    await page.click("#cancel");
    expect(await waitIdle(page)).toBe("cancelled");
    expect(await page.getAttribute("#action-message", "class")).toContain("message-info");
    expect(await page.getAttribute("#action-message", "role")).toBe("status");
    expect(await text(page, "#action-message")).toBe(
      "Cancelled while reading the sheet: nothing was written.",
    );
  }, 120_000);

  for (const colorScheme of ["light", "dark"] as const)
    test(`text fields look like the drop-downs in the built pane (${colorScheme}), and the pane reflows at 200 % zoom`, async () => {
      const { pane: page } = await openPane(suite.browser, suite.served, {
        workbook: sampleWorkbook(),
        colorScheme,
      });
      await page.click("#share-section > summary");
      await page.click("#settings-section > summary");
      const looks = (selector: string) =>
        page.evaluate((target) => {
          const style = getComputedStyle(document.querySelector(target) as Element);
          return {
            height: style.height,
            fontFamily: style.fontFamily,
            fontSize: style.fontSize,
            border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
            radius: style.borderTopLeftRadius,
            background: style.backgroundColor,
          };
        }, selector);
      const dropDown = await looks("#offence-level");
      expect(dropDown.height).toBe("32px");
      for (const field of [
        "#share-freight",
        "#share-shipment",
        "#declaration-date",
        "#tolerance",
        "#fine-first",
      ])
        expect({ field, ...(await looks(field)) }).toEqual({ field, ...dropDown });
      // The disabled subtle button keeps its look: no grey box.
      await page.evaluate(() => ((document.getElementById("refresh") as HTMLButtonElement).disabled = true));
      expect(
        await page.evaluate(
          () => getComputedStyle(document.getElementById("refresh") as Element).backgroundColor,
        ),
      ).toBe("rgba(0, 0, 0, 0)");
      await page.evaluate(() => ((document.getElementById("refresh") as HTMLButtonElement).disabled = false));

      // Tiles with counts up to 1,000,000 at 320 px, then at 160 CSS px (a 320 px pane at 200 % zoom).
      expect(await act(page, "#check")).toBe("done");
      const overflow = () =>
        page.evaluate(() => {
          for (const count of document.querySelectorAll(".counts .count")) count.textContent = "1,000,000";
          const tiles = [...document.querySelectorAll<HTMLElement>(".counts li")];
          return {
            sideways: [...document.querySelectorAll<HTMLElement>("#pane *")]
              .filter(
                (element) =>
                  element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
              )
              .map((element) => element.id || element.className || element.tagName),
            tiles: tiles.filter((tile) => tile.scrollWidth > tile.clientWidth).length,
            wrapped: [...document.querySelectorAll<HTMLElement>(".counts .count")].filter(
              (count) => count.getClientRects().length > 1,
            ).length,
          };
        });
      expect(await overflow()).toEqual({ sideways: [], tiles: 0, wrapped: 0 });
      await page.page().setViewportSize({ width: 160, height: 900 });
      expect(await overflow()).toEqual({ sideways: [], tiles: 0, wrapped: 0 });
    }, 60_000);

  for (const colorScheme of ["light", "dark"] as const)
    test(`axe-core finds no WCAG 2.2 A or AA violation before and after each action (${colorScheme}, 320 and 450 px)`, async () => {
      for (const width of [320, 450]) {
        const { pane: page } = await openPane(suite.browser, suite.served, {
          workbook: sampleWorkbook(),
          colorScheme,
        });
        await page.page().setViewportSize({ width, height: 900 });
        for (const id of ["share-section", "mapping-section", "settings-section", "help-section"])
          await page.click(`#${id} > summary`);
        expect({ width, at: "start", violations: await axeViolations(page) }).toEqual({
          width,
          at: "start",
          violations: [],
        });
        for (const action of ["#fill-vat", "#check", "#pro-forma"]) {
          await act(page, action);
          expect({ width, action, violations: await axeViolations(page) }).toEqual({
            width,
            action,
            violations: [],
          });
        }
        // An error beside Share costs: no totals typed.
        expect(await act(page, "#share")).toBe("error");
        expect({ width, at: "error", violations: await axeViolations(page) }).toEqual({
          width,
          at: "error",
          violations: [],
        });
        await page.fill("#share-freight", "120");
        await act(page, "#share");
        expect({ width, action: "#share", violations: await axeViolations(page) }).toEqual({
          width,
          action: "#share",
          violations: [],
        });
      }
    }, 120_000);

  test("a sheet with a header but no product rows: every action says so and writes nothing", async () => {
    const workbook = sampleWorkbook();
    const shipment = workbook.sheets?.[0];
    // The title, the header and a totals line: nothing to check.
    if (shipment?.values !== undefined) {
      shipment.values = shipment.values
        .slice(0, 3)
        .concat([HEADER.map((header) => (header === "SKU" ? "Total" : header === "Qty" ? 0 : null))]);
      shipment.formulas = undefined;
    }
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook });
    const before = await hook(page, "snapshot");
    for (const [action, where] of [
      ["#check", "#action-message"],
      ["#fill-vat", "#action-message"],
      ["#pro-forma", "#action-message"],
    ] as const) {
      expect(await act(page, action)).toBe("error");
      expect(await text(page, where)).toBe(
        "The sheet has a header but no product rows (read Shipment!A1:Q4).",
      );
    }
    await page.click("#share-section > summary");
    await page.fill("#share-freight", "120");
    expect(await act(page, "#share")).toBe("error");
    expect(await text(page, "#share-error")).toBe(
      "The sheet has a header but no product rows (read Shipment!A1:Q4).",
    );
    expect(await hook(page, "snapshot")).toEqual(before);
  }, 60_000);

  test("a sheet whose price column has its own name: the columns to pick from, and every action that needs no price", async () => {
    const workbook = sampleWorkbook();
    const shipment = workbook.sheets?.[0];
    const price = HEADER.indexOf("Prix TTC");
    if (shipment?.values !== undefined) shipment.values[2][price] = "Verkaufswert";
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook });
    // The header row is found by its other columns; the mapping is open, the price not in it.
    expect(await page.getAttribute("#mapping-section", "open")).not.toBeNull();
    expect(await page.inputValue("#map-price")).toBe("");
    expect(await text(page, "#actions-unavailable")).toBe(
      'Check shipment, Pro forma and VAT statement need a "Selling price" column: choose it under Columns.',
    );
    expect(await page.isDisabled("#check")).toBe(true);
    expect(await page.isDisabled("#pro-forma")).toBe(true);
    expect(await page.isDisabled("#vat-statement")).toBe(true);
    expect(await page.getAttribute("#check", "aria-describedby")).toBe("actions-unavailable");
    expect(await page.isDisabled("#fill-vat")).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    // Fill VAT rates goes by the destination: it runs, and the buttons stay as they were after it.
    expect(await act(page, "#fill-vat")).toBe("done");
    expect(await page.isDisabled("#check")).toBe(true);
    // The user picks the price column: Check shipment is on again and checks with it.
    await page.selectOption("#map-price", String(price));
    await page.waitForFunction(
      () => (document.getElementById("check") as HTMLButtonElement).disabled === false,
    );
    expect(await page.isHidden("#actions-unavailable")).toBe(true);
    expect(await act(page, "#check")).toBe("done");
    expect(await text(page, "#status")).toContain("Checked 7 rows");
  }, 60_000);

  test("a sheet without a header row: the words say which cells were read", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Notes.xlsx",
        sheets: [{ name: "Notes", values: [["Call the broker"], ["Friday"]] }],
      },
    });
    expect(await text(page, "#error")).toContain(
      "No header row: none of the first 30 rows names a price column",
    );
    expect(await text(page, "#error")).toContain("(read Notes!A1:A2).");
  }, 60_000);

  test("a pro forma sheet the user edited is not replaced without asking: kept under a new name, or replaced", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    expect(await act(page, "#pro-forma")).toBe("done");
    const values = async (name: string) => (await hook<{ values: unknown[][] }>(page, "sheet", name)).values;
    const signed = (cells: unknown[][]) => cells.some((row) => row.includes("Signed: J. Peeters, broker"));
    const below = (await values("Pro forma LGG-1")).length + 2;
    await hook(page, "setValues", `'Pro forma LGG-1'!A${below}`, [["Signed: J. Peeters, broker"]]);
    const before = await hook(page, "snapshot");
    // Asked first, naming the sheet and what it holds; nothing written.
    expect(await act(page, "#pro-forma")).toBe("question");
    expect(await page.getAttribute("#action-message", "data-question")).toBe("changedProForma");
    expect(await text(page, "#action-message")).toContain(
      `The pro forma sheet "Pro forma LGG-1" (A${below} "Signed: J. Peeters, broker") was changed since the add-in wrote it. Keep your sheet (renamed "Pro forma LGG-1 (edited)")`,
    );
    expect(await hook(page, "snapshot")).toEqual(before);
    // Keep: the edited sheet stays, renamed; a new pro forma takes its name.
    await page.click("#action-message button[data-answer=keep]");
    expect(await waitIdle(page)).toBe("done");
    expect(signed(await values("Pro forma LGG-1 (edited)"))).toBe(true);
    expect(signed(await values("Pro forma LGG-1"))).toBe(false);
    expect(await text(page, "#result-body")).toContain(
      'Kept your edited sheet as "Pro forma LGG-1 (edited)"',
    );
    // The kept sheet is the user's now: the next run neither asks nor touches it.
    expect(await act(page, "#pro-forma")).toBe("done");
    expect(signed(await values("Pro forma LGG-1 (edited)"))).toBe(true);
    // Replace: the edit goes when the user says so.
    await hook(page, "setValues", `'Pro forma LGG-1'!A${below}`, [["Signed: J. Peeters, broker"]]);
    expect(await act(page, "#pro-forma")).toBe("question");
    await page.click("#action-message button[data-answer=overwrite]");
    expect(await waitIdle(page)).toBe("done");
    expect(signed(await values("Pro forma LGG-1"))).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  test("the help says what OK, Review, Risk and Error mean and links to the support page", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    await page.click("#help-section > summary");
    const help = await text(page, "#help-section");
    for (const word of ["OK", "Review", "Risk", "Error", "Flags column", "Explanation column"])
      expect(help).toContain(word);
    expect(await page.getAttribute("#support-link", "href")).toBe("support.html");
  }, 60_000);
});
