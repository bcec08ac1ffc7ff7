import { type IsoDate } from "./dates";

/**
 * EU regimes a forwarder at Liège must check before an import, keyed by HS/CN code prefix
 * (docs: /work/shared/domain.md, section 12). A match means "check this regime", not "the goods are in it":
 * most annex entries are "ex" entries (only part of the code is covered) and the table cannot tell.
 *
 * Prefixes are written as short as the legal text allows: an annex code ending in "00" covers its whole HS
 * subheading (the CN does not split it), so "2804 10 00" is written "280410" and a 6-digit code matches too.
 * A 4- or 6-digit code shorter than a listed 8-digit prefix does not match it (the code must start with the
 * prefix); an exception applies only when the code starts with it, so a code too short to tell is flagged.
 */

/** prefix: 2 to 10 digits; goods: a few plain English words. */
export interface ControlledPrefix {
  readonly prefix: string;
  readonly goods: string;
}

export type ControlledRegimeId =
  "CBAM" | "EUDR" | "TOYS" | "COSMETICS" | "BATTERIES" | "RADIO_EQUIPMENT" | "WEAPONS" | "FOOD_AND_FEED";

export interface ControlledRegime {
  readonly id: ControlledRegimeId;
  readonly name: string;
  /** The act in short, as the row's explanation cites it. */
  readonly law: string;
  /** Regulation, annex, and where and when the ranges were checked. */
  readonly source: string;
  /** One sentence: what the forwarder must prepare. */
  readonly prepare: string;
  /** Only for a regime not yet in force on 2026-12-03. */
  readonly appliesFrom?: IsoDate;
  readonly prefixes: readonly ControlledPrefix[];
  /** Longer prefixes carved out of a listed prefix. */
  readonly exceptPrefixes?: readonly string[];
}

/** The day the table was checked: appliesFrom is set only for regimes that start after it. */
export const CONTROLLED_TABLE_CHECKED: IsoDate = "2026-12-03";

const p = (prefix: string, goods: string): ControlledPrefix => ({ prefix, goods });

/** The consecutive 4-digit headings from `first` to `last`, e.g. 4401 to 4421 (wood); the catalogues' too. */
export const consecutiveHeadings = (first: number, last: number): string[] =>
  Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(4, "0"));

/** Consecutive headings sharing one description. */
const headings = (first: number, last: number, goods: string): ControlledPrefix[] =>
  consecutiveHeadings(first, last).map((heading) => p(heading, goods));

// CBAM Annex I. Left out: nothing of Annex I; 7202 and 2507 are "ex"-type entries kept as flags to check.
const CBAM: ControlledRegime = {
  id: "CBAM",
  name: "CBAM (carbon border adjustment)",
  law: "Regulation (EU) 2023/956, Annex I",
  source:
    "Regulation (EU) 2023/956, Annex I, as amended by Regulation (EU) 2025/2083 (kaolinic clays narrowed to " +
    "calcined, 50-tonne de minimis in Article 2a); checked 2026-12 via the Annex I and II text quoted from the " +
    "EUR-Lex consolidated version 02023R0956-20251020 and two CN-prefix tables citing it",
  prepare:
    "Import only through an authorised CBAM declarant (the importer or its indirect customs representative) " +
    "unless the importer stays at or under 50 tonnes net of CBAM goods in the calendar year (no threshold for " +
    "electricity and hydrogen), and ask the producer for the embedded-emissions data.",
  prefixes: [
    p("25070080", "calcined kaolinic clays"),
    // Annex I lists 2523 10 00, 21 00, 29 00, 30 00 and 90 00: every subheading of the heading.
    p("2523", "cement and cement clinker"),
    p("2716", "electrical energy"),
    p("2808", "nitric acid"),
    p("2814", "ammonia"),
    p("283421", "potassium nitrate"),
    p("3102", "nitrogenous fertilisers"),
    p("3105", "mixed fertilisers"),
    p("260112", "agglomerated iron ore"),
    p("72", "iron and steel"),
    p("7301", "sheet piling of iron or steel"),
    p("7302", "railway track material of iron or steel"),
    p("7303", "tubes and pipes of cast iron"),
    p("7304", "seamless tubes of iron or steel"),
    p("7305", "large tubes of iron or steel"),
    p("7306", "other tubes of iron or steel"),
    p("7307", "tube fittings of iron or steel"),
    p("7308", "structures of iron or steel"),
    p("7309", "large tanks of iron or steel"),
    p("7310", "small containers of iron or steel"),
    p("7311", "gas containers of iron or steel"),
    p("7318", "screws, bolts and nuts of iron or steel"),
    p("7326", "other articles of iron or steel"),
    p("7601", "unwrought aluminium"),
    ...headings(7603, 7614, "aluminium products"),
    p("7616", "other articles of aluminium"),
    p("280410", "hydrogen"),
  ],
  exceptPrefixes: [
    "310560", // 3105 60 00: fertilisers with phosphorus and potassium only
    // Chapter 72 "except": the ferro-alloys below and ferrous waste and scrap.
    "72022", // ferro-silicon
    "720230", // ferro-silico-manganese
    "720250", // ferro-silico-chromium
    "720270", // ferro-molybdenum
    "720280", // ferro-tungsten
    "720291", // ferro-titanium
    "720292", // ferro-vanadium
    "720293", // ferro-niobium
    "720299", // other ferro-alloys
    "7204", // ferrous waste and scrap
  ],
};

/*
 * EUDR Annex I as in force on 2026-12-03: the consolidated text of 2025-12-26 (Regulation (EU) 2025/2650 took
 * out chapter 49, printed matter) and Commission Delegated Regulation (EU) 2026/2102, in force 2026-09-18, which
 * took out hides and leather (4101, 4104, 4107), conveyor belts (4010), other rubber articles (4016), soya for
 * sowing (1201 10), used tyres (4012 except 4012 90 30) and aircraft seats. Left out on purpose: the entries
 * 2026/2102 adds from 2027-12-30 (frozen tongues 0206 21, soluble coffee 2101 11, oleochemicals of 1516, 1518,
 * 1520, 2905, 2915, 2916, 2921, 2923, 2924, 3824 99, 3907 29, soap 3401): one regime has one date here.
 */
const EUDR: ControlledRegime = {
  id: "EUDR",
  name: "EUDR (deforestation-free products)",
  law: "Regulation (EU) 2023/1115, Annex I",
  source:
    "Regulation (EU) 2023/1115, Annex I, as amended by Regulation (EU) 2025/2650 and Commission Delegated " +
    "Regulation (EU) 2026/2102; application date Article 38 as replaced by 2025/2650 (30 June 2027 for micro " +
    "and small operators; proposal COM(2026) 661 pending); checked 2026-12 via two Annex I tables built from " +
    "CELLAR texts 02023R1115-20251226 and 32026R2102 and law-firm summaries of 2025/2650",
  prepare:
    "Before release for free circulation, get from the operator the reference number of its due diligence " +
    "statement (or simplified declaration) in the EUDR information system and put it in the customs declaration.",
  appliesFrom: "2026-12-30",
  prefixes: [
    p("0102", "live cattle"),
    p("0201", "beef, fresh or chilled"),
    p("0202", "beef, frozen"),
    p("020610", "cattle offal, fresh or chilled"),
    p("020622", "cattle livers, frozen"),
    p("020629", "other cattle offal, frozen"),
    p("160250", "prepared or preserved beef"),
    ...headings(1801, 1806, "cocoa and chocolate"),
    p("0901", "coffee"),
    p("120710", "palm nuts and kernels"),
    p("1511", "palm oil"),
    p("151321", "crude palm kernel oil"),
    p("151329", "refined palm kernel oil"),
    p("230660", "palm kernel oilcake"),
    p("290545", "glycerol"),
    p("291570", "palmitic and stearic acids"),
    p("291590", "other saturated fatty acids"),
    p("382311", "industrial stearic acid"),
    p("382312", "industrial oleic acid"),
    p("382319", "other industrial fatty acids"),
    p("382370", "industrial fatty alcohols"),
    p("4001", "natural rubber"),
    ...headings(4005, 4008, "rubber compounds and sheets"),
    p("4011", "new rubber tyres"),
    p("40129030", "tyre treads"),
    p("4013", "rubber inner tubes"),
    p("4015", "rubber clothing and gloves"),
    p("4017", "hard rubber"),
    p("120190", "soya beans, not for sowing"),
    p("120810", "soya flour"),
    p("1507", "soya oil"),
    p("2304", "soya oilcake"),
    ...headings(4401, 4421, "wood and articles of wood"),
    p("47", "wood pulp"),
    p("48", "paper and paperboard"),
    p("940131", "swivel seats of wood"),
    p("940141", "seat-beds of wood"),
    p("940161", "upholstered seats of wood"),
    p("940169", "other seats of wood"),
    p("940180", "other seats"),
    p("94019190", "parts of wooden seats"),
    p("940330", "wooden office furniture"),
    p("940340", "wooden kitchen furniture"),
    p("940350", "wooden bedroom furniture"),
    p("940360", "other wooden furniture"),
    p("940391", "parts of wooden furniture"),
    p("940610", "prefabricated wooden buildings"),
  ],
  exceptPrefixes: [
    "4707", // recovered paper: the pulp and paper entry excludes recovered (waste and scrap) products
  ],
};

// The Toy Safety Directive defines toys by use, not by CN code: the prefixes are the CN headings for toys,
// without what its Annex I says is not a toy (festive decorations 9505 10; video consoles 9504 50; sports gear).
const TOYS: ControlledRegime = {
  id: "TOYS",
  name: "Toy safety (CE marking)",
  law: "Directive 2009/48/EC",
  source:
    "Directive 2009/48/EC, Article 2(1) and Annex I (products not considered toys), applicable until Regulation " +
    "(EU) 2025/2509 applies from 1 August 2030; CN headings 9503, 9504 90, 9505 90; checked 2026-12 via the " +
    "Directive's Annex I as published by legislation.gov.uk and publication notices of 2025/2509",
  prepare:
    "Get the EU Declaration of Conformity and check that each toy carries the CE marking, its warnings and the " +
    "name and postal address of both the manufacturer and the EU importer.",
  prefixes: [
    p("9503", "toys and scale models"),
    p("950490", "table and parlour games"),
    p("950590", "carnival and party articles"),
  ],
};

// The Cosmetics Regulation has no CN annex: the prefixes are the CN headings whose goods fit its Article 2(1)(a)
// definition (skin, hair, nails, lips, teeth). Left out: medicinal and biocidal products it does not cover.
const COSMETICS: ControlledRegime = {
  id: "COSMETICS",
  name: "Cosmetic products (CPNP notification)",
  law: "Regulation (EC) No 1223/2009",
  source:
    "Regulation (EC) No 1223/2009, Article 2(1)(a) (definition), Article 4 (responsible person), Article 13 " +
    "(CPNP notification); CN headings 3303, 3304, 3305, 3306 10, 3307, 3401 11; checked 2026-12 via the " +
    "Article 2(1)(a) wording quoted by several compliance sites and the article list on legislation.gov.uk",
  prepare:
    "Check that an EU responsible person is named on the label and has notified each product in the CPNP " +
    "before it is placed on the market, and ask for the product information file reference.",
  prefixes: [
    p("3303", "perfumes"),
    p("3304", "make-up and skin care"),
    p("3305", "hair preparations"),
    p("330610", "toothpaste"),
    p("3307", "shaving, deodorants and bath preparations"),
    p("340111", "toilet soap"),
  ],
};

// The Batteries Regulation covers every battery: 8506 (primary cells) and 8507 (accumulators). Lithium cells
// (8506 50 lithium metal, 8507 60 lithium-ion) are also dangerous goods by air, which is why the flag matters.
// Left out: batteries inside equipment, which carry the code of the equipment.
const BATTERIES: ControlledRegime = {
  id: "BATTERIES",
  name: "Batteries (and lithium cells as dangerous goods by air)",
  law: "Regulation (EU) 2023/1542",
  source:
    "Regulation (EU) 2023/1542 (Batteries Regulation), Articles 1 and 2 (all batteries); IATA Dangerous Goods " +
    "Regulations, UN3480/UN3481 (lithium-ion) and UN3090/UN3091 (lithium metal), packing instructions 965 to " +
    "970; CN headings 8506 and 8507; checked 2026-12 via IATA lithium battery guidance and carrier tables " +
    "(the Regulation's scope articles were not re-read)",
  prepare:
    "Ask the shipper for the UN38.3 test summary and safety data sheet, book lithium batteries as dangerous goods " +
    "by air (UN3480/3481/3090/3091; loose lithium-ion cells on cargo aircraft only, at 30 % charge or less) and " +
    "check the battery labelling and CE marking.",
  prefixes: [p("8506", "primary cells and batteries"), p("8507", "rechargeable batteries")],
};

// The Radio Equipment Directive covers anything that intentionally emits or receives radio waves; it has no CN
// annex. The prefixes are the CN headings made of such equipment; radio modules inside other machines are left out.
const RADIO_EQUIPMENT: ControlledRegime = {
  id: "RADIO_EQUIPMENT",
  name: "Radio equipment (CE marking, RED)",
  law: "Directive 2014/53/EU",
  source:
    "Directive 2014/53/EU (Radio Equipment Directive), Article 2(1)(1) (definition), Articles 10 and 12 " +
    "(manufacturer and importer); CN headings 8517, 8525, 8526, 8527; checked 2026-12 via Article 2 as " +
    "published by legislation.gov.uk",
  prepare:
    "Get the EU Declaration of Conformity and check that each device carries the CE marking and the name and " +
    "postal address of both the manufacturer and the EU importer.",
  prefixes: [
    p("8517", "telephones and network equipment"),
    p("8525", "transmitters and cameras"),
    p("8526", "radar and radio navigation"),
    p("8527", "radio receivers"),
  ],
};

// Chapter 93 as a whole: firearms, parts and ammunition need an import licence; air guns, truncheons and
// blades (9304, 9307) may be prohibited or licensed weapons under the Belgian Weapons Act.
const WEAPONS: ControlledRegime = {
  id: "WEAPONS",
  name: "Weapons, parts and ammunition (licence)",
  law: "Regulation (EU) 2025/41",
  source:
    "Regulation (EU) No 258/2012 (import and transit measures for firearms, parts and ammunition), recast by " +
    "Regulation (EU) 2025/41; Belgian Weapons Act of 8 June 2006; Walloon Decree of 21 June 2012 on the import, " +
    "export and transit of civil arms; CN chapter 93; checked 2026-12 via the Walloon arms licensing pages " +
    "(economie.wallonie.be, Licences d'armes) and the texts' titles (258/2012 Annex I not re-read)",
  prepare:
    "Do not clear the goods without the import licence (or prior consent for goods from another EU country) " +
    "issued by the Walloon Direction des Licences d'Armes to the importer established in Wallonia.",
  prefixes: [
    p("9301", "military weapons"),
    p("9302", "revolvers and pistols"),
    p("9303", "other firearms"),
    p("9304", "air guns and truncheons"),
    p("9305", "parts of weapons"),
    p("9306", "ammunition"),
    p("9307", "swords and bayonets"),
  ],
};

// Whole chapters of live animals and products of animal origin go to a border control post. Left out: chapter 05
// and the animal by-products and composite products of other chapters (only some codes), and food and feed of
// non-animal origin under Implementing Regulation (EU) 2019/1793 (it depends on the country of origin).
const FOOD_AND_FEED: ControlledRegime = {
  id: "FOOD_AND_FEED",
  name: "Official controls at a border control post (animals and animal products)",
  law: "Regulation (EU) 2017/625",
  source:
    "Regulation (EU) 2017/625, Article 47(1)(a) and (b); Implementing Regulation (EU) 2021/632, Annex I (CN codes " +
    "of animals and products of animal origin for border control posts); checked 2026-12 via the EUR-Lex " +
    "consolidated version 02021R0632-20220818 (title only) and the CN chapter titles",
  prepare:
    "Pre-notify the consignment in TRACES (CHED-A for animals, CHED-P for products) at least one working day " +
    "before arrival and present it with the official health certificate at an EU border control post.",
  prefixes: [
    p("01", "live animals"),
    p("02", "meat and offal"),
    p("03", "fish and seafood"),
    p("04", "dairy, eggs and honey"),
    p("16", "meat and fish preparations"),
  ],
};

/** All regimes, in the order a forwarder's checklist shows them. */
export const CONTROLLED_REGIMES: readonly ControlledRegime[] = [
  CBAM,
  EUDR,
  TOYS,
  COSMETICS,
  BATTERIES,
  RADIO_EQUIPMENT,
  WEAPONS,
  FOOD_AND_FEED,
];

/** True when the code falls under one of the regime's prefixes and under none of its exceptions. */
function covers(regime: ControlledRegime, hsDigits: string): boolean {
  if (!regime.prefixes.some((entry) => hsDigits.startsWith(entry.prefix))) return false;
  return !(regime.exceptPrefixes ?? []).some((except) => hsDigits.startsWith(except));
}

/**
 * The regimes whose prefixes match the given HS code digits (4-10 digits, no dots), in table order, each once.
 * Throws a RangeError for anything else: a silent "no regime" on a typo would hide a licence requirement.
 */
export function controlledRegimesOf(hsDigits: string): readonly ControlledRegime[] {
  if (!/^\d{4,10}$/.test(hsDigits)) {
    throw new RangeError(`"${hsDigits}" is not an HS code of 4 to 10 digits without dots`);
  }
  return CONTROLLED_REGIMES.filter((regime) => covers(regime, hsDigits));
}
