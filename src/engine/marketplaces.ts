import { type CountryCode } from "./countries";

/**
 * The marketplaces sellers list their goods on, and how a link to one says which country's buyers it serves
 * (domain.md section 6; docs/rules.md, Marketplaces and links). One table: LINKCOUNTRY, MARKETPLACE, PRODUCTID and
 * the link flags all read it.
 *
 * Where the country is:
 * - `stores`: one domain per country store (amazon.de, allegro.cz, zalando.be …);
 * - `pathCountries`: the first segment of the path (bol.com/nl/…, bol.com/be/…; temu.com/de/…);
 * - `subdomainCountry`: the first label of the host (de.shein.com);
 * - none of them (`noCountry`): the link does not say, and the product never guesses.
 */
export interface Marketplace {
  /** The name MARKETPLACE() gives for a link without a store of its own (bol.com, Temu, AliExpress). */
  readonly name: string;
  /** Country stores by domain (without www. or m.), each with the name MARKETPLACE() gives. */
  readonly stores?: readonly Store[];
  /** Domains of a marketplace whose country is in the path or the host, or not in the link at all. */
  readonly domains?: readonly string[];
  /** Country codes as the first path segment writes them ("be" → BE; `any` takes every ISO code). */
  readonly pathCountries?: Readonly<Record<string, CountryCode>> | "any";
  /** The first label of the host is an ISO country code (de.shein.com). */
  readonly subdomainCountry?: true;
  /**
   * Why the link cannot say the country where that is no missing path or subdomain: the buyer's settings choose it
   * (AliExpress). Said in the explanation of UNKNOWN_MARKETPLACE (the countryChosenByBuyer message).
   */
  readonly noCountry?: "chosenByBuyer";
  /**
   * What the marketplace calls its product number, and where it is in a product page's link (the first group that
   * matched); `upperCase` where the number is the same in any case and is written in capitals (the ASIN).
   */
  readonly productId: { readonly name: string; readonly pattern: RegExp; readonly upperCase?: true };
  readonly source: string;
}

export interface Store {
  readonly host: string;
  readonly country: CountryCode;
  readonly name: string;
}

const store = (host: string, country: CountryCode, name: string): Store => ({ host, country, name });
/** Stores named by the marketplace's brand and the domain's ending: "Allegro.pl", "Kaufland.cz". */
const brandStores = (
  brand: string,
  base: string,
  countries: Readonly<Record<string, CountryCode>>,
): Store[] =>
  Object.entries(countries).map(([ending, country]) =>
    store(`${base}.${ending}`, country, `${brand}.${ending}`),
  );

/** A product number ends at the end of its path segment. */
const END = "(?=[/?#.]|$)";

const CHECKED = "checked 2026-12";

export const MARKETPLACES: readonly Marketplace[] = [
  {
    name: "Amazon",
    stores: [
      ...brandStores("Amazon", "amazon", {
        de: "DE",
        fr: "FR",
        it: "IT",
        es: "ES",
        nl: "NL",
        se: "SE",
        pl: "PL",
        "com.be": "BE",
        ie: "IE",
        "co.uk": "GB",
        "com.tr": "TR",
        com: "US",
      }),
    ],
    // The ASIN: 10 letters or digits (the ISBN-10 for books) after /dp/, /gp/product/, /gp/aw/d/ or /product/.
    productId: {
      name: "ASIN",
      pattern: /\/(?:dp|gp\/product|gp\/aw\/d|product)\/([A-Z0-9]{10})(?=[/?#]|$)/i,
      upperCase: true,
    },
    source: `Amazon's European stores (domain.md section 6: amazon.com.be since 2022, amazon.ie from 2025); ${CHECKED}`,
  },
  {
    name: "bol.com",
    domains: ["bol.com"],
    pathCountries: { nl: "NL", be: "BE" },
    // bol.com/nl/nl/p/<title>/9300000123456789/: the article number after the title.
    productId: { name: "bol.com article number", pattern: new RegExp(`/p/(?:[^/?#]+/)?(\\d{10,16})${END}`) },
    source: `bol.com serves the Netherlands (bol.com/nl/) and Belgium (bol.com/be/) from one domain; ${CHECKED}`,
  },
  {
    name: "Cdiscount",
    stores: [store("cdiscount.com", "FR", "Cdiscount")],
    // …/f-1200-train-bois.html: the product reference after the category number of the product sheet (fiche).
    productId: { name: "Cdiscount product reference", pattern: /\/f-\d+-([a-z0-9]+)\.html/i },
    source: `Cdiscount is a French marketplace (cdiscount.com); ${CHECKED}`,
  },
  {
    name: "Allegro",
    stores: brandStores("Allegro", "allegro", { pl: "PL", cz: "CZ", sk: "SK" }),
    // /oferta/<title>-12345678901 (an offer) or /produkt/<title>-<uuid> (the product card of several offers).
    productId: {
      name: "Allegro offer number",
      pattern: new RegExp(
        `/(?:oferta/(?:[^/?#]*-)?(\\d{8,12})|produkt/(?:[^/?#]*-)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))${END}`,
        "i",
      ),
    },
    source: `Allegro's stores in Poland (allegro.pl), Czechia (allegro.cz) and Slovakia (allegro.sk), domain.md section 6; ${CHECKED}`,
  },
  {
    name: "Kaufland",
    stores: brandStores("Kaufland", "kaufland", {
      de: "DE",
      cz: "CZ",
      sk: "SK",
      pl: "PL",
      at: "AT",
      fr: "FR",
      it: "IT",
    }),
    productId: { name: "Kaufland product number", pattern: new RegExp(`/product/(\\d{4,})${END}`) },
    source: `Kaufland Global Marketplace: Germany, Czechia, Slovakia, Poland, Austria, France and Italy, domain.md section 6; ${CHECKED}`,
  },
  {
    name: "eBay",
    stores: [
      ...brandStores("eBay", "ebay", {
        de: "DE",
        fr: "FR",
        it: "IT",
        es: "ES",
        nl: "NL",
        at: "AT",
        ie: "IE",
        pl: "PL",
        "co.uk": "GB",
        com: "US",
      }),
      // Belgium's eBay is one store in two languages.
      store("benl.ebay.be", "BE", "eBay.be"),
      store("befr.ebay.be", "BE", "eBay.be"),
      store("ebay.be", "BE", "eBay.be"),
    ],
    // /itm/123456789012 or /itm/<title>/123456789012 (an item), /p/123456789 (a catalogue product).
    productId: {
      name: "eBay item number",
      pattern: new RegExp(`/(?:itm/(?:[^/?#]+/)?(\\d{9,13})|p/(\\d{6,12}))${END}`),
    },
    source: `eBay's country sites (ebay.de …; Belgium at benl.ebay.be and befr.ebay.be); ${CHECKED}`,
  },
  {
    name: "Otto",
    stores: [store("otto.de", "DE", "Otto.de")],
    // /p/<title>-1811469237/ or /p/<title>-S0Q1J0C5/: the article number at the end of the title.
    productId: { name: "Otto article number", pattern: /\/p\/(?:[^/?#]*-)?([A-Z0-9]{6,})\/?(?=[?#]|$)/i },
    source: `Otto is a German marketplace (otto.de), delivering in Germany only; ${CHECKED}`,
  },
  {
    name: "Zalando",
    stores: brandStores("Zalando", "zalando", {
      de: "DE",
      at: "AT",
      fr: "FR",
      it: "IT",
      es: "ES",
      nl: "NL",
      be: "BE",
      pl: "PL",
      se: "SE",
      dk: "DK",
      fi: "FI",
      ie: "IE",
      cz: "CZ",
      sk: "SK",
      hu: "HU",
      ro: "RO",
      si: "SI",
      hr: "HR",
      lt: "LT",
      lv: "LV",
      ee: "EE",
      ch: "CH",
      no: "NO",
    }),
    // …/nike-sportswear-air-force-1-ni112o0bn-a11.html: the article code (9 + 3 characters) before .html.
    productId: { name: "Zalando article code", pattern: /-([a-z0-9]{9}-[a-z0-9]{3})\.html/i },
    source: `Zalando's country domains in the EU (and .ch, .no); Luxembourg, Portugal and Greece left out, not verified; ${CHECKED}`,
  },
  {
    name: "Fnac",
    stores: [
      store("fnac.com", "FR", "Fnac.com"),
      store("fnac.be", "BE", "Fnac.be"),
      store("fr.fnac.be", "BE", "Fnac.be"),
      store("nl.fnac.be", "BE", "Fnac.be"),
    ],
    // /a17372829/… (a Fnac article) or /mp49239456/… (an offer of a marketplace seller).
    productId: { name: "Fnac article number", pattern: new RegExp(`/(?:a|mp)(\\d{5,})${END}`) },
    source: `Fnac's marketplaces in France (fnac.com) and Belgium (fnac.be, French and Dutch); ${CHECKED}`,
  },
  {
    name: "eMAG",
    stores: brandStores("eMAG", "emag", { ro: "RO", bg: "BG", hu: "HU" }),
    // /<title>/pd/DX1234ABC/: the product code after /pd/.
    productId: { name: "eMAG product code", pattern: new RegExp(`/pd/([A-Z0-9]{6,12})${END}`, "i") },
    source: `eMAG's stores in Romania, Bulgaria and Hungary; ${CHECKED}`,
  },
  {
    name: "Temu",
    domains: ["temu.com"],
    // temu.com/de/…, temu.com/de-en/… (a store in another language): the country is the first path segment.
    pathCountries: "any",
    productId: { name: "Temu goods id", pattern: /(?:^|[/-])g-(\d{6,})\.html/ },
    source: `Temu's country stores are paths of temu.com (temu.com/de/, temu.com/fr/ …); ${CHECKED}`,
  },
  {
    name: "Shein",
    domains: ["shein.com"],
    subdomainCountry: true,
    productId: { name: "Shein goods id", pattern: /-p-(\d{5,})(?:-cat-\d+)?\.html/ },
    source: `Shein's country stores are subdomains of shein.com (de.shein.com, fr.shein.com …); ${CHECKED}`,
  },
  {
    name: "AliExpress",
    domains: ["aliexpress.com", "aliexpress.us"],
    // The country of delivery is in the buyer's settings, not in the link: de.aliexpress.com is the German
    // language, not a German store.
    noCountry: "chosenByBuyer",
    productId: { name: "AliExpress item number", pattern: /\/item\/(\d{6,})\.html/ },
    source: `AliExpress: one store for all countries, the delivery country chosen by the buyer; ${CHECKED}`,
  },
];

/**
 * Link shorteners: the link they hide cannot be followed offline, so the store is unknown until the full link is
 * pasted. The marketplaces' own (amzn.eu/d/…, amzn.to, a.co, ebay.us, a.aliexpress.com) and the common ones.
 */
export const SHORT_LINK_HOSTS: readonly string[] = [
  "amzn.eu",
  "amzn.to",
  "amzn.asia",
  "a.co",
  "ebay.us",
  "a.aliexpress.com",
  "s.click.aliexpress.com",
  "bit.ly",
  "tinyurl.com",
  "t.co",
  "goo.gl",
  "ow.ly",
  "is.gd",
  "buff.ly",
  "rb.gy",
  "cutt.ly",
];
