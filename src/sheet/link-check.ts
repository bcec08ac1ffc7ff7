import { type EuCountry, readSalesLink } from "../engine";
import { readText } from "./cell-values";
import { type Field } from "./columns";
import { type RowReader } from "./row-reader";

/** The row's sales and reference links: which marketplace they are on, and whether it serves the destination. */
export function checkLinks(read: RowReader, destination: EuCountry | undefined): void {
  const says = read.words.sheet.explanations;
  const salesText = read.read("salesLink", readText);
  const referenceText = read.read("referenceLink", readText);
  const sales = salesText === undefined ? undefined : readSalesLink(salesText);
  const reference = referenceText === undefined ? undefined : readSalesLink(referenceText);
  const notALink = (text: string | undefined, field: Field) =>
    text === undefined
      ? []
      : [
          says.notAWebLink({
            column: read.header(field),
            text: text.length > 60 ? `${text.slice(0, 57)}...` : text,
          }),
        ];

  let used = sales;
  let usedField: Field = "salesLink";
  if (sales === undefined || sales.kind === "notALink") {
    if (reference === undefined || reference.kind === "notALink") {
      const problems = [...notALink(salesText, "salesLink"), ...notALink(referenceText, "referenceLink")];
      read.flag("MISSING_LINK", says.missingLink({ problems }));
      return;
    }
    read.flag("REFERENCE_LINK_USED", says.referenceLinkUsed);
    used = reference;
    usedField = "referenceLink";
  }
  if (used === undefined || used.kind === "notALink") return;
  const column = read.header(usedField);
  if (used.kind === "shortLink") {
    read.flag("UNKNOWN_MARKETPLACE", says.shortLink({ column, host: used.host }));
    return;
  }
  if (used.kind === "unknownMarketplace") {
    read.flag("UNKNOWN_MARKETPLACE", says.unknownMarketplace({ column, host: used.host }));
    return;
  }
  if (used.kind === "noCountry") {
    read.flag(
      "UNKNOWN_MARKETPLACE",
      says.linkWithoutCountry({ column, marketplace: used.name, why: read.problem(used.why) }),
    );
  } else if (destination !== undefined && used.country !== destination) {
    read.flag(
      "LINK_COUNTRY_MISMATCH",
      says.linkCountryMismatch({ column, host: used.host, country: used.country, destination }),
    );
  }
  if (used.productId === undefined) {
    // The engine's table names each marketplace's product number in English; a language may call it otherwise.
    const productIdName = read.words.engine.productIdNames[used.productIdName] ?? used.productIdName;
    read.flag("NOT_A_PRODUCT_PAGE", says.notAProductPage({ column, marketplace: used.name, productIdName }));
  }
}
