import { type EuCountry, readSalesLink } from "../engine";
import { readText } from "./cell-values";
import { type Field } from "./columns";
import { type RowReader } from "./row-reader";

/** The row's sales and reference links: which marketplace they are on, and whether it serves the destination. */
export function checkLinks(read: RowReader, destination: EuCountry | undefined): void {
  const salesText = read.read("salesLink", readText);
  const referenceText = read.read("referenceLink", readText);
  const sales = salesText === undefined ? undefined : readSalesLink(salesText);
  const reference = referenceText === undefined ? undefined : readSalesLink(referenceText);
  const notALink = (text: string | undefined, field: Field) =>
    text === undefined
      ? []
      : [`${read.header(field)} "${text.length > 60 ? `${text.slice(0, 57)}...` : text}" is not a web link`];

  let used = sales;
  let usedField: Field = "salesLink";
  if (sales === undefined || sales.kind === "notALink") {
    if (reference === undefined || reference.kind === "notALink") {
      const problems = [
        ...notALink(salesText, "salesLink"),
        ...notALink(referenceText, "referenceLink"),
      ].join("; ");
      read.flag(
        "MISSING_LINK",
        `No sales link and no reference link${problems === "" ? "" : ` (${problems})`}: customs value the goods from the listing, so give the link on the destination's marketplace.`,
      );
      return;
    }
    read.flag(
      "REFERENCE_LINK_USED",
      `No sales link: the reference link is used (out of stock?); keep evidence that it shows the same product.`,
    );
    used = reference;
    usedField = "referenceLink";
  }
  if (used === undefined || used.kind === "notALink") return;
  const link = read.header(usedField);
  if (used.kind === "shortLink") {
    read.flag(
      "UNKNOWN_MARKETPLACE",
      `${link} is a short link (${used.host}): where it leads cannot be known offline, so the store is unknown; paste the full product link.`,
    );
    return;
  }
  if (used.kind === "unknownMarketplace") {
    read.flag(
      "UNKNOWN_MARKETPLACE",
      `${link} is on ${used.host}, not a marketplace we know: check by hand that it is the destination's store.`,
    );
    return;
  }
  if (used.kind === "noCountry") {
    read.flag(
      "UNKNOWN_MARKETPLACE",
      `${link} is on ${used.name}, but the link does not say which country's store it is: ${used.why}. Check by hand that the price is the one buyers in the destination see, or give the link of the destination's store.`,
    );
  } else if (destination !== undefined && used.country !== destination) {
    read.flag(
      "LINK_COUNTRY_MISMATCH",
      `${link} is on ${used.host} (${used.country}) but the goods go to ${destination}: declare the link on the marketplace of the country of delivery.`,
    );
  }
  if (used.productId === undefined) {
    read.flag(
      "NOT_A_PRODUCT_PAGE",
      `${link} is a page of ${used.name} without a product in it (no ${used.productIdName}): a search, category or store page does not show the price of these goods; paste the link of the product page.`,
    );
  }
}
