/** The command line's words in every language. */
import { CLI_CATALOGUES } from "../../src/cli/lang";
import { checkCatalogues, traced } from "./catalogue-checks";

describe("the command line's words", () => checkCatalogues(traced(CLI_CATALOGUES)));
