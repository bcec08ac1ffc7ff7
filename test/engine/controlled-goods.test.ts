import {
  CONTROLLED_REGIMES,
  type ControlledRegimeId,
  controlledRegimesOf,
} from "../../src/engine/controlled-goods";

const idsOf = (hsDigits: string): ControlledRegimeId[] => controlledRegimesOf(hsDigits).map((r) => r.id);

describe("controlled goods by HS code (domain.md, section 12)", () => {
  test.each([
    ["72083900", "hot-rolled flat steel", "CBAM"],
    ["76011000", "unwrought aluminium", "CBAM"],
    ["25231000", "cement clinker", "CBAM"],
    ["28041000", "hydrogen", "CBAM"],
    ["73181542", "steel bolts", "CBAM"],
    ["09011100", "coffee", "EUDR"],
    ["18010000", "cocoa beans", "EUDR"],
    ["44071100", "sawn pine wood", "EUDR"],
    ["40111000", "new car tyres", "EUDR"],
    ["95030070", "toys", "TOYS"],
    ["33049900", "skin care", "COSMETICS"],
    ["85076000", "lithium-ion batteries", "BATTERIES"],
    ["85171300", "smartphones", "RADIO_EQUIPMENT"],
    ["93020000", "pistols", "WEAPONS"],
    ["03061719", "frozen shrimps", "FOOD_AND_FEED"],
    ["16025095", "corned beef", "FOOD_AND_FEED"],
  ])("%s (%s) is %s", (code, _goods, regime) => {
    expect(idsOf(code)).toContain(regime);
  });

  test("a code in several regimes gets each once, in table order: beef is EUDR and a border-control product", () => {
    expect(idsOf("02013000")).toEqual(["EUDR", "FOOD_AND_FEED"]);
    expect(idsOf("160250")).toEqual(["EUDR", "FOOD_AND_FEED"]);
  });

  test("fertilisers of 3105 are CBAM except 3105 60 00 (phosphorus and potassium only)", () => {
    expect(idsOf("31051000")).toEqual(["CBAM"]);
    expect(idsOf("31056000")).toEqual([]);
    expect(idsOf("310560")).toEqual([]);
  });

  test("chapter 72 is CBAM except the listed ferro-alloys and ferrous scrap", () => {
    expect(idsOf("72021100")).toEqual(["CBAM"]); // ferro-manganese
    expect(idsOf("72026000")).toEqual(["CBAM"]); // ferro-nickel
    expect(idsOf("72022100")).toEqual([]); // ferro-silicon
    expect(idsOf("72027000")).toEqual([]); // ferro-molybdenum
    expect(idsOf("72044900")).toEqual([]); // steel scrap
  });

  test("a code too short to tell is flagged: 7202 may be ferro-manganese", () => {
    expect(idsOf("7202")).toEqual(["CBAM"]);
  });

  test("lithium cells 8506 50 and 8507 60 are BATTERIES", () => {
    expect(idsOf("85065010")).toEqual(["BATTERIES"]);
    expect(idsOf("850650")).toEqual(["BATTERIES"]);
    expect(idsOf("8507600010")).toEqual(["BATTERIES"]);
  });

  test("EUDR applies from 30 December 2026; the other regimes are in force", () => {
    const dates = Object.fromEntries(CONTROLLED_REGIMES.map((r) => [r.id, r.appliesFrom]));
    expect(dates).toEqual({
      CBAM: undefined,
      EUDR: "2026-12-30",
      TOYS: undefined,
      COSMETICS: undefined,
      BATTERIES: undefined,
      RADIO_EQUIPMENT: undefined,
      WEAPONS: undefined,
      FOOD_AND_FEED: undefined,
    });
  });

  test("what Delegated Regulation (EU) 2026/2102 took out of the EUDR is no longer flagged", () => {
    expect(idsOf("41071100")).toEqual([]); // cattle leather
    expect(idsOf("40101100")).toEqual([]); // rubber conveyor belts
    expect(idsOf("12011000")).toEqual([]); // soya beans for sowing
    expect(idsOf("94011000")).toEqual([]); // aircraft seats
    expect(idsOf("49011000")).toEqual([]); // printed books (taken out by 2025/2650)
    expect(idsOf("47071000")).toEqual([]); // recovered paper
  });

  test("entries that apply only from 30 December 2027 are not in the table yet: soluble coffee", () => {
    expect(idsOf("21011100")).toEqual([]);
  });

  test("a code in no regime gives nothing: 61091000 T-shirts", () => {
    expect(idsOf("61091000")).toEqual([]);
  });

  test.each(["", "720", "72.08.39", "72083900001", "7208 39"])(
    "%j is not an HS code of 4 to 10 digits",
    (code) => {
      expect(() => controlledRegimesOf(code)).toThrow(RangeError);
    },
  );
});

describe("the controlled goods table is well formed", () => {
  test("regime ids are unique", () => {
    const ids = CONTROLLED_REGIMES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(CONTROLLED_REGIMES.map((r) => [r.id, r] as const))("%s", (_id, regime) => {
    expect(regime.name.trim()).not.toBe("");
    expect(regime.source).toMatch(/checked 2026-12 via \S/);
    expect(regime.prepare.trim()).not.toBe("");
    // One sentence: a capital first, a full stop last and none followed by a space in between ("UN38.3" is fine).
    expect(regime.prepare).toMatch(/^[A-Z].*[^.\s]\.$/);
    expect(regime.prepare).not.toMatch(/\.\s/);
    expect(regime.prefixes.length).toBeGreaterThan(0);

    const prefixes = regime.prefixes.map((entry) => entry.prefix);
    for (const prefix of prefixes) expect(prefix).toMatch(/^\d{2,10}$/);
    for (const entry of regime.prefixes) expect(entry.goods).toMatch(/^[a-z][a-z ,-]*[a-z]$/);
    expect(new Set(prefixes).size).toBe(prefixes.length);

    for (const except of regime.exceptPrefixes ?? []) {
      expect(except).toMatch(/^\d{2,10}$/);
      expect(prefixes.some((prefix) => except.startsWith(prefix) && except !== prefix)).toBe(true);
    }
  });
});
