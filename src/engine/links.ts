import { type CountryCode, isEuCountry } from "./countries";

/** A marketplace store and the country whose buyers it serves (docs/rules.md, Marketplaces and links). */
interface Marketplace {
  readonly host: string;
  readonly country: CountryCode;
  readonly name: string;
}

/** Amazon's stores by domain. amazon.ie was announced for 2025; amazon.com.be opened in 2022. */
export const MARKETPLACES: readonly Marketplace[] = [
  { host: "amazon.de", country: "DE", name: "Amazon.de" },
  { host: "amazon.fr", country: "FR", name: "Amazon.fr" },
  { host: "amazon.it", country: "IT", name: "Amazon.it" },
  { host: "amazon.es", country: "ES", name: "Amazon.es" },
  { host: "amazon.nl", country: "NL", name: "Amazon.nl" },
  { host: "amazon.se", country: "SE", name: "Amazon.se" },
  { host: "amazon.pl", country: "PL", name: "Amazon.pl" },
  { host: "amazon.com.be", country: "BE", name: "Amazon.com.be" },
  { host: "amazon.ie", country: "IE", name: "Amazon.ie" },
  { host: "amazon.co.uk", country: "GB", name: "Amazon.co.uk" },
  { host: "amazon.com.tr", country: "TR", name: "Amazon.com.tr" },
  { host: "amazon.com", country: "US", name: "Amazon.com" },
];
const BY_HOST: ReadonlyMap<string, Marketplace> = new Map(
  MARKETPLACES.map((market) => [market.host, market]),
);

export type SalesLink =
  | {
      readonly kind: "marketplace";
      readonly host: string;
      readonly country: CountryCode;
      readonly isEu: boolean;
      readonly asin?: string;
    }
  | { readonly kind: "unknownMarketplace"; readonly host: string }
  | { readonly kind: "notALink" };

/** Subdomains that serve the same store (www, mobile, smile). */
const STORE_SUBDOMAIN = /^(?:www|m|smile)\./;

/**
 * The host name of a web link, read without the URL class: Excel may run custom functions in a bare JavaScript
 * runtime that has none. "user@host" takes the host after the @, as browsers do.
 */
const LINK = /^(?:(https?):\/\/)?([^/?#\s]+)(?:[/?#]|$)/i;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

function hostOf(text: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:\/\//i.test(text)) return undefined;
  const match = LINK.exec(text);
  if (!match) return undefined;
  const authority = match[2].slice(match[2].lastIndexOf("@") + 1);
  const host = authority.replace(/:\d+$/, "").toLowerCase().replace(/\.$/, "");
  return HOST.test(host) ? host : undefined;
}

/** Which marketplace, and so which country, a sales link belongs to. */
export function readSalesLink(text: string): SalesLink {
  const trimmed = text.trim();
  const host = trimmed === "" || /\s/.test(trimmed) ? undefined : hostOf(trimmed);
  if (host === undefined) return { kind: "notALink" };
  const store = host.replace(STORE_SUBDOMAIN, "");
  const market = BY_HOST.get(store);
  if (market === undefined) return { kind: "unknownMarketplace", host };
  const asin = asinOf(trimmed);
  return {
    kind: "marketplace",
    host: store,
    country: market.country,
    isEu: isEuCountry(market.country),
    ...(asin ? { asin } : {}),
  };
}

const ASIN_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|product)\/([A-Z0-9]{10})(?=[/?#]|$)/i;

/** The ASIN (10 letters or digits; the ISBN-10 for books) in an Amazon product link. */
export function asinOf(link: string): string | undefined {
  const match = ASIN_PATH.exec(link.trim());
  return match ? match[1].toUpperCase() : undefined;
}
