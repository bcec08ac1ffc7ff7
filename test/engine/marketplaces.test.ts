import { type Problem, problemText } from "../../src/engine";
import { MARKETPLACES, SHORT_LINK_HOSTS, asinOf, readSalesLink } from "../../src/engine";

/** A reading with its problem in the English words the product says (the engine gives the problem by key). */
function words<R extends object>(reading: R): R {
  const keyed = reading as { problem?: Problem; why?: Problem };
  return {
    ...reading,
    ...(keyed.problem === undefined ? {} : { problem: problemText(keyed.problem) }),
    ...(keyed.why === undefined ? {} : { why: problemText(keyed.why) }),
  };
}

/** A product page of each marketplace, as sellers paste them, and the product number in it. */
const PRODUCT_PAGES: Readonly<Record<string, { readonly path: string; readonly id: string }>> = {
  Amazon: { path: "/Philips-Hue-White-Ambiance/dp/B08N5WRWNW/ref=sr_1_3?th=1", id: "B08N5WRWNW" },
  "bol.com": { path: "/p/telefoonhoesje-transparant/9300000123456789/", id: "9300000123456789" },
  Cdiscount: {
    path: "/jeux-jouets/jeux-d-eveil/train-bois/f-1200-auc3760123456784.html",
    id: "auc3760123456784",
  },
  Allegro: { path: "/oferta/powerbank-10000-mah-12345678901?bi_s=ads", id: "12345678901" },
  Kaufland: { path: "/product/401234567/?sid=1234", id: "401234567" },
  eBay: { path: "/itm/Kabellose-Kopfhoerer/123456789012?hash=item1", id: "123456789012" },
  Otto: { path: "/p/samsung-galaxy-a55-1811469237/#variationId=1811469240", id: "1811469237" },
  Zalando: { path: "/nike-sportswear-air-force-1-sneaker-low-white-ni112o0bn-a11.html", id: "ni112o0bn-a11" },
  Fnac: { path: "/a17372829/Apple-iPhone-15-128-Go-Noir", id: "17372829" },
  eMAG: { path: "/lampa-led-birou/pd/DX1234ABC/", id: "DX1234ABC" },
  Temu: { path: "/led-schreibtischlampe-g-601099512345678.html", id: "601099512345678" },
  Shein: { path: "/SHEIN-Basic-T-Shirt-p-12345678-cat-1738.html", id: "12345678" },
  AliExpress: { path: "/item/1005001234567890.html", id: "1005001234567890" },
};

/** Where a marketplace without a store per domain puts its country: an example host and path prefix, per country. */
const COUNTRY_IN_LINK: Readonly<Record<string, readonly [string, string, string]>> = {
  "bol.com": ["bol.com", "/be/fr", "BE"],
  Temu: ["temu.com", "/de", "DE"],
  Shein: ["fr.shein.com", "", "FR"],
};

describe("every store of the marketplace table says its country, from the data", () => {
  const stores = MARKETPLACES.flatMap((market) => (market.stores ?? []).map((store) => ({ market, store })));
  test.each(stores.map(({ market, store }) => [store.host, store.country, market.name] as const))(
    "%s is the store of %s (%s)",
    (host, country, name) => {
      const page = PRODUCT_PAGES[name];
      expect(readSalesLink(`https://www.${host}${page.path}`)).toMatchObject({
        kind: "marketplace",
        country,
        productId: page.id,
      });
      // The home page, or any page without a product in it, is no product page.
      expect(readSalesLink(`https://${host}/`)).toMatchObject({ kind: "marketplace", country });
      expect(readSalesLink(`https://${host}/`)).not.toHaveProperty("productId");
    },
  );

  test("each marketplace has an example product page in this test, and each has a source", () => {
    for (const market of MARKETPLACES) {
      expect(PRODUCT_PAGES).toHaveProperty([market.name]);
      expect(market.source).toMatch(/checked 2026-12/);
      expect(Boolean(market.stores?.length) !== Boolean(market.domains?.length)).toBe(true);
    }
  });

  test("no domain belongs to two stores", () => {
    const hosts = MARKETPLACES.flatMap((market) => [
      ...(market.stores ?? []).map((s) => s.host),
      ...(market.domains ?? []),
    ]);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe("marketplaces whose country is in the path or the host", () => {
  test.each(Object.entries(COUNTRY_IN_LINK))("%s", (name, [host, prefix, country]) => {
    const page = PRODUCT_PAGES[name];
    expect(readSalesLink(`https://www.${host}${prefix}${page.path}`)).toMatchObject({
      kind: "marketplace",
      name,
      country,
      productId: page.id,
    });
  });

  test("bol.com/nl/ is the Dutch store, bol.com/be/ the Belgian one", () => {
    expect(words(readSalesLink("https://www.bol.com/nl/nl/p/boek/9200000012345678/"))).toMatchObject({
      country: "NL",
    });
    expect(words(readSalesLink("https://www.bol.com/be/nl/p/boek/9200000012345678/"))).toMatchObject({
      country: "BE",
    });
  });

  test("temu.com/de-en/ is the German store in English", () => {
    expect(words(readSalesLink("https://www.temu.com/de-en/lamp-g-601099512345678.html"))).toMatchObject({
      country: "DE",
    });
  });

  test.each([
    ["https://www.temu.com/led-lamp-g-601099512345678.html", "Temu"],
    ["https://www.bol.com/p/boek/9200000012345678/", "bol.com"],
    ["https://shein.com/SHEIN-Basic-T-Shirt-p-12345678-cat-1738.html", "Shein"],
    ["https://euqs.shein.com/SHEIN-Basic-T-Shirt-p-12345678-cat-1738.html", "Shein"],
    ["https://www.aliexpress.com/item/1005001234567890.html", "AliExpress"],
    ["https://de.aliexpress.com/item/1005001234567890.html", "AliExpress"],
  ])("%s does not say the country: never a guess", (link, name) => {
    const read = readSalesLink(link);
    expect(read).toMatchObject({ kind: "noCountry", name });
    expect(read).not.toHaveProperty("country");
  });

  test("AliExpress says why: the buyer chooses the country of delivery", () => {
    expect(words(readSalesLink("https://de.aliexpress.com/item/1005001234567890.html"))).toMatchObject({
      why: expect.stringMatching(/buyer's settings/),
    });
  });
});

describe("links that cannot show the store", () => {
  test.each(SHORT_LINK_HOSTS.map((host) => [host]))("%s is a short link", (host) => {
    expect(readSalesLink(`https://${host}/d/4xYz9Qp`)).toEqual({ kind: "shortLink", host });
  });

  test.each([
    ["https://www.amazon.de/s?k=socken+herren", "Amazon.de"],
    ["https://www.amazon.fr/stores/Philips/page/1234", "Amazon.fr"],
    ["https://www.ebay.de/sch/i.html?_nkw=kopfhoerer", "eBay.de"],
    ["https://allegro.pl/listing?string=powerbank", "Allegro.pl"],
    ["https://www.bol.com/nl/nl/s/?searchtext=hoesje", "bol.com"],
    ["https://www.kaufland.de/category/1234/", "Kaufland.de"],
    ["https://www.zalando.de/herren-schuhe/", "Zalando.de"],
  ])("%s is a search, category or store page: no product id", (link, name) => {
    const read = readSalesLink(link);
    expect(read).toMatchObject({ name });
    expect(read).not.toHaveProperty("productId");
  });

  test("a site that is no marketplace we know keeps its host, subdomain and all", () => {
    expect(words(readSalesLink("https://shop.example.com/p/1"))).toEqual({
      kind: "unknownMarketplace",
      host: "shop.example.com",
    });
  });

  test("text that is no web link", () => {
    for (const text of ["", "amazon de", "mailto:someone@amazon.de", "not a link"])
      expect(words(readSalesLink(text))).toEqual({ kind: "notALink" });
  });
});

describe("the ASIN stays an Amazon number", () => {
  test("ASINs are read in upper case from /dp/, /gp/product/ and /gp/aw/d/", () => {
    expect(asinOf("https://www.amazon.de/dp/b08n5wrwnw")).toBe("B08N5WRWNW");
    expect(asinOf("https://www.amazon.it/gp/product/B08N5WRWNW?psc=1")).toBe("B08N5WRWNW");
    expect(asinOf("https://m.amazon.es/gp/aw/d/3161484100")).toBe("3161484100");
  });

  test("a product number on another marketplace is no ASIN", () => {
    expect(asinOf("https://www.kaufland.de/product/4012345678/")).toBeUndefined();
  });
});
