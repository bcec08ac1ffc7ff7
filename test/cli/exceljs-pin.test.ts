import * as fs from "node:fs";
import * as path from "node:path";
import { EXCELJS_VERSION_CHECKED } from "../../src/cli/xlsx/exceljs-version";

/**
 * The CLI relies on exceljs's internals (src/cli/xlsx/exceljs-version.ts lists them): another exceljs version may
 * change them without a word, and the checked workbook would be wrong rather than fail. Both the version
 * installed and the version package.json pins must be the one those internals were checked against.
 */
const ROOT = path.join(__dirname, "..", "..");
const RECHECK =
  "re-check the exceljs internals listed in src/cli/xlsx/exceljs-version.ts against that version's sources, then change EXCELJS_VERSION_CHECKED";

const versionIn = (file: string, read: (json: Record<string, unknown>) => unknown): unknown =>
  read(JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>);

describe("exceljs is the version whose internals were checked", () => {
  it("installed (node_modules/exceljs/package.json)", () => {
    const installed = versionIn("node_modules/exceljs/package.json", (json) => json.version);
    if (installed !== EXCELJS_VERSION_CHECKED)
      throw new Error(
        `exceljs ${String(installed)} is installed, but its internals were checked for ${EXCELJS_VERSION_CHECKED}: ${RECHECK}`,
      );
  });

  it("pinned exactly in package.json", () => {
    const pinned = versionIn(
      "package.json",
      (json) => (json.dependencies as Record<string, unknown> | undefined)?.exceljs,
    );
    if (pinned !== EXCELJS_VERSION_CHECKED)
      throw new Error(
        `package.json asks for exceljs "${String(pinned)}", but its internals were checked for exactly ${EXCELJS_VERSION_CHECKED}: pin "${EXCELJS_VERSION_CHECKED}", or ${RECHECK}`,
      );
  });
});
