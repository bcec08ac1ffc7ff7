/** The words the check writes into the workbook, in every language. */
import { SHEET_CATALOGUES } from "../../src/sheet/lang";
import { checkCatalogues, traced } from "./catalogue-checks";

describe("the sheet's words", () => checkCatalogues(traced(SHEET_CATALOGUES)));
