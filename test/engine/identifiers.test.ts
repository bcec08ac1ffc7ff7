import { EU_COUNTRIES, type Problem, problemText } from "../../src/engine";
import { checkVAT, countries } from "jsvat";
import {
  JSVAT_GUARDS,
  asinOf,
  countryCode,
  hsCodeDigits,
  readHsCode,
  readSalesLink,
  readVatNumber,
} from "../../src/engine";
import { checkShipment } from "../../src/sheet";
import { row, settings, sheet } from "../sheet/sample";

/** A reading with its problem in the English words the product says (the engine gives the problem by key). */
function words<R extends object>(reading: R): R {
  const keyed = reading as { problem?: Problem; why?: Problem };
  return {
    ...reading,
    ...(keyed.problem === undefined ? {} : { problem: problemText(keyed.problem) }),
    ...(keyed.why === undefined ? {} : { why: problemText(keyed.why) }),
  };
}

describe("marketplace links (docs/rules.md, Marketplaces and links)", () => {
  test.each([
    ["https://www.amazon.de/dp/B08N5WRWNW", "DE"],
    ["https://www.amazon.fr/Lampe/dp/B08N5WRWNW/ref=sr_1_1", "FR"],
    ["amazon.it/gp/product/B08N5WRWNW", "IT"],
    ["HTTPS://WWW.AMAZON.ES/dp/B08N5WRWNW", "ES"],
    ["https://www.amazon.nl/dp/B08N5WRWNW?th=1", "NL"],
    ["https://www.amazon.se/dp/B08N5WRWNW", "SE"],
    ["https://www.amazon.pl/dp/B08N5WRWNW", "PL"],
    ["https://www.amazon.com.be/dp/B08N5WRWNW", "BE"],
    ["https://www.amazon.co.uk/dp/B08N5WRWNW", "GB"],
    ["https://www.amazon.com.tr/dp/B08N5WRWNW", "TR"],
    ["https://www.amazon.com/dp/B08N5WRWNW", "US"],
    ["https://smile.amazon.de/dp/B08N5WRWNW", "DE"],
  ])("%s is a %s store", (link, country) => {
    expect(readSalesLink(link)).toMatchObject({ kind: "marketplace", country });
  });

  test("only EU stores count as EU marketplaces", () => {
    expect(readSalesLink("https://www.amazon.com.be/dp/B08N5WRWNW")).toMatchObject({ isEu: true });
    expect(readSalesLink("https://www.amazon.co.uk/dp/B08N5WRWNW")).toMatchObject({ isEu: false });
  });

  test("a look-alike domain is not Amazon", () => {
    expect(readSalesLink("https://amazon.de.example.com/dp/B08N5WRWNW")).toEqual({
      kind: "unknownMarketplace",
      host: "amazon.de.example.com",
    });
    expect(readSalesLink("https://www.coolblue.nl/product/123")).toMatchObject({
      kind: "unknownMarketplace",
    });
  });

  test("the host after a user name counts, as in browsers", () => {
    expect(readSalesLink("https://amazon.de@shop.example.com/dp/B08N5WRWNW")).toMatchObject({
      kind: "unknownMarketplace",
      host: "shop.example.com",
    });
    expect(readSalesLink("https://www.amazon.de:443/dp/B08N5WRWNW")).toMatchObject({
      kind: "marketplace",
      country: "DE",
    });
  });

  test.each(["", "not a link", "javascript:alert(1)", "ftp://amazon.de/x", "amazon", "mailto:x@amazon.de"])(
    "%p is not a link",
    (text) => {
      expect(readSalesLink(text)).toEqual({ kind: "notALink" });
    },
  );

  test.each([
    ["https://www.amazon.de/dp/B08N5WRWNW", "B08N5WRWNW"],
    ["https://www.amazon.de/Some-Title/dp/b08n5wrwnw/ref=x", "B08N5WRWNW"],
    ["https://www.amazon.fr/gp/product/2070612759?x=1", "2070612759"],
    ["https://www.amazon.it/product/B000000001#reviews", "B000000001"],
  ])("the ASIN of %s is %s", (link, asin) => {
    expect(asinOf(link)).toBe(asin);
  });

  test("no ASIN where the path holds none of 10 characters", () => {
    expect(asinOf("https://www.amazon.de/dp/B08N5WRWN")).toBeUndefined();
    expect(asinOf("https://www.amazon.de/s?k=lamp")).toBeUndefined();
  });
});

describe("HS codes (docs/rules.md, HS codes)", () => {
  test.each([
    ["940521", "940521"],
    ["9405 21 40", "94052140"],
    ["9405.21.40.00", "9405214000"],
    [" 8517-62 ", "851762"],
  ])("%p reads as %s", (written, digits) => {
    expect(words(readHsCode(written))).toEqual({ valid: true, digits, restoredLeadingZero: false });
  });

  test("a number cell that lost its leading zero gets it back", () => {
    expect(readHsCode(9012100)).toEqual({ valid: true, digits: "09012100", restoredLeadingZero: true });
    expect(words(readHsCode("9012100"))).toMatchObject({ valid: false });
  });

  test.each([
    ["", /missing/],
    ["94052", /5 digits/],
    ["9405214", /7 digits/],
    ["94O521", /other than digits/],
    ["770000", /chapter 77/],
    ["980000", /chapter 98/],
    ["000000", /chapter 00/],
  ])("%p is refused", (written, problem) => {
    const reading = words(readHsCode(written));
    expect(reading.valid).toBe(false);
    if (!reading.valid) expect(reading.problem).toMatch(problem);
  });

  test("codes written differently group under the same digits", () => {
    expect(hsCodeDigits("9405 21 40")).toBe(hsCodeDigits("9405.21.40"));
  });
});

describe("EU VAT numbers through jsvat", () => {
  test.each([
    ["BE0403170701", "BE"],
    ["be 0403.170.701", "BE"],
    ["DE136695976", "DE"],
    ["EL094259216", "GR"],
    ["FR40303265045", "FR"],
    ["IT00743110157", "IT"],
    ["NL004495445B01", "NL"],
  ])("%s is valid for %s", (number, country) => {
    expect(words(readVatNumber(number))).toMatchObject({ valid: true, country });
  });

  test("wrong check digits are caught", () => {
    expect(words(readVatNumber("DE136695977"))).toMatchObject({
      valid: false,
      country: "DE",
      problem: expect.stringMatching(/check digits/),
    });
  });

  test("a wrong format and a missing prefix are caught", () => {
    expect(words(readVatNumber("DE12"))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/format/),
    });
    expect(words(readVatNumber("136695976"))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/country prefix/),
    });
    expect(words(readVatNumber(""))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/missing/),
    });
  });
});

describe("where jsvat 2.5.4 is wrong (issue 8; the guards of JSVAT_GUARDS)", () => {
  test("a 9-digit Belgian number is refused and the fix is named (jsvat #104)", () => {
    expect(words(readVatNumber("BE411905847"))).toEqual({
      valid: false,
      normalised: "BE411905847",
      country: "BE",
      problem:
        "BE411905847 has 9 digits: Belgian VAT numbers have 10, starting with 0 or 1 (write BE0411905847)",
    });
    expect(words(readVatNumber("be 411.905.847"))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/9 digits/),
    });
    // No suggestion when the 10-digit form would be wrong too.
    expect(words(readVatNumber("BE411905848"))).toMatchObject({
      valid: false,
      problem: "BE411905848 has 9 digits: Belgian VAT numbers have 10, starting with 0 or 1",
    });
    expect(words(readVatNumber("BE0411905847"))).toMatchObject({ valid: true, country: "BE" });
  });

  test("the sheet flags a 9-digit Belgian number INVALID_VAT_NUMBER, explained by the engine's problem", () => {
    const belgian = {
      Destination: "BE",
      "Sales link": "https://www.amazon.com.be/dp/B08N5WRWNW",
      "VAT number": "BE411905847",
    };
    const [checked] = checkShipment(sheet(row(belgian)), settings).rows;
    expect(checked.flags).toContain("INVALID_VAT_NUMBER");
    expect(checked.explanation).toContain(
      "BE411905847 has 9 digits: Belgian VAT numbers have 10, starting with 0 or 1 (write BE0411905847).",
    );
    const [fixed] = checkShipment(sheet(row({ ...belgian, "VAT number": "BE0411905847" })), settings).rows;
    expect(fixed.flags).not.toContain("INVALID_VAT_NUMBER");
  });

  test.each([
    // [number, what jsvat says, what we say, why]
    ["BE411905847", true, false, "jsvat #104: adds the missing 0"],
    ["BE1006023325", false, true, "jsvat #135: Belgian numbers starting with 1"],
    ["BE1001686633", false, true, "jsvat #129: starting with 1, second digit 0"],
    ["PL1234567890", true, false, "jsvat #131: remainder 10 is no check digit"],
    ["FRXX999999999", true, false, "jsvat #86, #134: letter keys unchecked"],
    ["FRK7399859413", true, false, "jsvat #134: a wrong letter key"],
    ["CY60001744K", false, true, "Cyprus 6-series (yolk/valvat #126)"],
  ])("%s: jsvat says %p, the guard %p (%s)", (number, jsvatSays, weSay) => {
    // When a jsvat upgrade fixes one of these, the first expectation fails: drop that guard.
    expect(checkVAT(number, countries).isValid).toBe(jsvatSays);
    expect(readVatNumber(number).valid).toBe(weSay);
  });

  test.each([
    ["BE1006023325", "BE"],
    ["BE 1001.686.633", "BE"],
    ["PL5260250274", "PL"],
    ["FRK7399859412", "FR"],
    ["FR4Z123456782", "FR"],
    ["FR0A481458735", "FR"],
    ["CY60001744K", "CY"],
    ["CY10259033P", "CY"],
  ])("%s is valid for %s", (number, country) => {
    expect(words(readVatNumber(number))).toMatchObject({ valid: true, country });
  });

  test.each(["BE1006023326", "PL1234567890", "FRK7399859413", "FRXX999999999", "CY60001744A"])(
    "%s has wrong check digits",
    (number) => {
      expect(words(readVatNumber(number))).toEqual({
        valid: false,
        normalised: number,
        country: countryCode(number.slice(0, 2)),
        problem: `the check digits of ${number} are wrong`,
      });
    },
  );

  test("a Greek number written with GR is told to use EL", () => {
    expect(words(readVatNumber("GR094259216"))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/Greek VAT numbers start with EL \(write EL094259216\)/),
    });
  });

  test("every guard names its source: a jsvat issue or another tracker's", () => {
    for (const guard of JSVAT_GUARDS) expect(guard.source).toMatch(/#\d+/);
  });
});

describe("country codes", () => {
  test.each([
    ["de", "DE"],
    ["Deutschland", "DE"],
    ["The Netherlands", "NL"],
    ["België", "BE"],
    ["Česko", "CZ"],
    ["UK", "GB"],
    ["ZZ", undefined],
  ])("%p is %p", (written, code) => {
    expect(countryCode(written)).toBe(code);
  });
});

describe("countries in the users' languages (docs/glossary.md)", () => {
  test.each([
    ["Allemagne", "DE"],
    ["Duitsland", "DE"],
    ["Deutschland", "DE"],
    ["德国", "DE"],
    ["Pays-Bas", "NL"],
    ["Nederland", "NL"],
    ["荷兰", "NL"],
    ["Frankreich", "FR"],
    ["Frankrijk", "FR"],
    ["法国", "FR"],
    ["République tchèque", "CZ"],
    ["Tsjechië", "CZ"],
    ["捷克", "CZ"],
    ["Griechenland", "GR"],
    ["希腊", "GR"],
    ["Rumänien", "RO"],
    ["Roemenië", "RO"],
    ["Royaume-Uni", "GB"],
    ["英国", "GB"],
    [" 比利时 ", "BE"],
  ])("%s is %s", (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  test("every EU country has a Chinese name", () => {
    for (const code of EU_COUNTRIES) {
      const named = [
        "奥地利",
        "比利时",
        "保加利亚",
        "克罗地亚",
        "塞浦路斯",
        "捷克",
        "丹麦",
        "爱沙尼亚",
        "芬兰",
        "法国",
        "德国",
        "希腊",
        "匈牙利",
        "爱尔兰",
        "意大利",
        "拉脱维亚",
        "立陶宛",
        "卢森堡",
        "马耳他",
        "荷兰",
        "波兰",
        "葡萄牙",
        "罗马尼亚",
        "斯洛伐克",
        "斯洛文尼亚",
        "西班牙",
        "瑞典",
      ].map((name) => countryCode(name));
      expect(named).toContain(code);
    }
  });
});
