/** The task pane's words in every language. */
import { PANE_CATALOGUES } from "../../taskpane/lang";
import { checkCatalogues, traced } from "./catalogue-checks";

describe("the pane's words", () => checkCatalogues(traced(PANE_CATALOGUES)));
