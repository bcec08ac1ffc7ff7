import { type CountryCode, countryCode, isEuCountry } from "./countries";
import { MARKETPLACES, type Marketplace, SHORT_LINK_HOSTS } from "./marketplaces";
import type { Problem } from "./messages";

/** The product a link shows, when the link is a product page: the marketplace's number for it. */
interface ProductInLink {
  /** What the marketplace calls it: "ASIN", "bol.com article number", "eBay item number" … */
  readonly productIdName: string;
  /** Absent when the link is a search, category or store page. */
  readonly productId?: string;
}

export type SalesLink =
  | ({
      readonly kind: "marketplace";
      readonly host: string;
      readonly name: string;
      readonly country: CountryCode;
      readonly isEu: boolean;
    } & ProductInLink)
  /** A marketplace we know whose link does not say the country it serves (AliExpress, temu.com without a path). */
  | ({
      readonly kind: "noCountry";
      readonly host: string;
      readonly name: string;
      readonly why: Problem;
    } & ProductInLink)
  /** A short link (amzn.eu/d/…, bit.ly/…): where it leads cannot be known offline. */
  | { readonly kind: "shortLink"; readonly host: string }
  | { readonly kind: "unknownMarketplace"; readonly host: string }
  | { readonly kind: "notALink" };

/** Subdomains that serve the same store (www, mobile, smile). */
const STORE_SUBDOMAIN = /^(?:www|m|smile)\./;

/**
 * The host and path of a web link, read without the URL class: Excel may run custom functions in a bare JavaScript
 * runtime that has none. "user@host" takes the host after the @, as browsers do.
 */
const LINK = /^(?:(https?):\/\/)?([^/?#\s]+)([/?#].*)?$/i;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

function partsOf(text: string): { readonly host: string; readonly path: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:\/\//i.test(text)) return undefined;
  const match = LINK.exec(text);
  if (!match) return undefined;
  const authority = match[2].slice(match[2].lastIndexOf("@") + 1);
  const host = authority.replace(/:\d+$/, "").toLowerCase().replace(/\.$/, "");
  return HOST.test(host) ? { host, path: match[3] ?? "" } : undefined;
}

const STORES: ReadonlyMap<
  string,
  { readonly market: Marketplace; readonly country: CountryCode; readonly name: string }
> = new Map(
  MARKETPLACES.flatMap((market) =>
    (market.stores ?? []).map(
      (store) => [store.host, { market, country: store.country, name: store.name }] as const,
    ),
  ),
);
const DOMAINS: ReadonlyMap<string, Marketplace> = new Map(
  MARKETPLACES.flatMap((market) => (market.domains ?? []).map((domain) => [domain, market] as const)),
);
const SHORT_LINKS: ReadonlySet<string> = new Set(SHORT_LINK_HOSTS);

function productIn(market: Marketplace, path: string): ProductInLink {
  const match = market.productId.pattern.exec(path);
  const id = match?.slice(1).find((group) => group !== undefined);
  return {
    productIdName: market.productId.name,
    ...(id === undefined ? {} : { productId: market.productId.upperCase ? id.toUpperCase() : id }),
  };
}

/** The country in the first path segment (bol.com/be/…, temu.com/de-en/…), if the marketplace writes it there. */
function pathCountry(market: Marketplace, path: string): CountryCode | undefined {
  const segment = /^\/([a-z]{2})(?:-[a-z]{2})?(?=[/?#]|$)/i.exec(path)?.[1].toLowerCase();
  if (segment === undefined || market.pathCountries === undefined) return undefined;
  return market.pathCountries === "any" ? countryCode(segment) : market.pathCountries[segment];
}

/** Which marketplace, and so which country, a sales link belongs to, and the product it shows. */
export function readSalesLink(text: string): SalesLink {
  const trimmed = text.trim();
  const parts = trimmed === "" || /\s/.test(trimmed) ? undefined : partsOf(trimmed);
  if (parts === undefined) return { kind: "notALink" };
  const host = parts.host.replace(STORE_SUBDOMAIN, "");
  if (SHORT_LINKS.has(host)) return { kind: "shortLink", host };

  const known = STORES.get(host);
  if (known !== undefined) {
    const { market, country, name } = known;
    return {
      kind: "marketplace",
      host,
      name,
      country,
      isEu: isEuCountry(country),
      ...productIn(market, parts.path),
    };
  }
  // A marketplace on one domain (bol.com, temu.com) or on country subdomains of it (de.shein.com).
  const [first, ...rest] = host.split(".");
  const domain = DOMAINS.has(host) ? host : rest.join(".");
  const market = DOMAINS.get(domain);
  if (market === undefined) return { kind: "unknownMarketplace", host: parts.host };
  const country =
    market.subdomainCountry && domain !== host && /^[a-z]{2}$/.test(first)
      ? countryCode(first)
      : pathCountry(market, parts.path);
  const product = productIn(market, parts.path);
  if (country === undefined) {
    const why: Problem =
      market.noCountry === "chosenByBuyer"
        ? { key: "countryChosenByBuyer", params: { name: market.name } }
        : {
            key: market.subdomainCountry ? "countryInHost" : "countryInPath",
            params: { name: market.name, domain },
          };
    return { kind: "noCountry", host, name: market.name, why, ...product };
  }
  return { kind: "marketplace", host, name: market.name, country, isEu: isEuCountry(country), ...product };
}

/** The ASIN (10 letters or digits; the ISBN-10 for books) in an Amazon product link. */
export function asinOf(link: string): string | undefined {
  const read = readSalesLink(link);
  return read.kind === "marketplace" && read.productIdName === "ASIN" ? read.productId : undefined;
}
