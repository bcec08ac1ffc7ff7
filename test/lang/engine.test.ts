/** The engine's messages (input problems, fixes, settings' names) in every language. */
import { MESSAGE_CATALOGUES } from "../../src/engine";
import { checkCatalogues } from "./catalogue-checks";

describe("the engine's messages", () => checkCatalogues(MESSAGE_CATALOGUES));
