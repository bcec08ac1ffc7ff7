/**
 * The columns of a shipment sheet (docs/contracts.md, Shipment sheet): one source of truth for their names, aliases and kinds.
 * Headers match case-, space-, accent- and punctuation-insensitively; aliases cover what English, French, Dutch,
 * German and Simplified Chinese users type. No header text means two things: every name is one field's, none is
 * an output column's or a non-deductible cost's (test/sheet/header-mapping.test.ts holds the tables to that).
 */
import { type AnyLanguage, CURRENCY_SIGNS, type LanguageCode, PSEUDO, currenciesOf } from "../engine";
import { SHEET_CATALOGUES, sheetWordsOf } from "./lang";

export type FieldKind = "text" | "amount" | "rate" | "duty" | "quantity" | "weight" | "hsCode" | "date";

export interface ColumnDefinition {
  readonly field: Field;
  /** The header the product uses when it names the column. */
  readonly header: string;
  readonly kind: FieldKind;
  readonly aliases: readonly string[];
}

export const INPUT_COLUMNS = [
  {
    field: "sku",
    header: "SKU",
    kind: "text",
    aliases: [
      "Seller SKU",
      "Merchant SKU",
      "Article",
      "Article number",
      "Item number",
      "Artikel",
      "Artikelnummer",
      "Artikelnr",
      "Référence",
      "Ref",
      "Artikelcode",
      "Code article",
      "Référence article",
      // Simplified Chinese: what sellers' and forwarders' lists use (商品编码 is judged: VALUE_JUDGED_HEADERS).
      "SKU编码",
      "商品SKU",
      "产品SKU",
      "卖家SKU",
      "产品编码",
      "货号",
      "款号",
    ],
  },
  {
    field: "description",
    header: "Description",
    kind: "text",
    aliases: [
      "Product",
      "Product name",
      "Item name",
      "Title",
      "Désignation",
      "Libellé",
      "Omschrijving",
      "Productnaam",
      "Beschreibung",
      "Bezeichnung",
      "Produktname",
      "Warenbeschreibung",
      "Artikelbezeichnung",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "品名",
      "商品名称",
      "产品名称",
      "货物名称",
      "英文品名",
      "商品描述",
      "产品描述",
      "货物描述",
      "商品标题",
    ],
  },
  {
    field: "hsCode",
    header: "HS code",
    kind: "hsCode",
    aliases: [
      "HS",
      "HS-Code",
      "CN code",
      "CN",
      "TARIC",
      "TARIC code",
      "Commodity code",
      "Tariff code",
      "Code SH",
      "Code NC",
      "Nomenclature",
      "GN-code",
      "GS-code",
      "Goederencode",
      "Zolltarifnummer",
      "Warentarifnummer",
      "HTS",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "HS编码",
      "HS编号",
      "HS代码",
      "HS码",
      "海关编码",
      "海关商品编码",
      "海关HS编码",
      "税则号",
      "税则号列",
    ],
  },
  {
    field: "quantity",
    header: "Quantity",
    kind: "quantity",
    aliases: [
      "Qty",
      "Units",
      "Pcs",
      "Pieces",
      "Quantité",
      "Qté",
      "Aantal",
      "Stuks",
      "Menge",
      "Anzahl",
      "Stück",
      "Stückzahl",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "数量",
      "数量(个)",
      "数量(件)",
      "商品数量",
      "产品数量",
      "申报数量",
      "发货数量",
      "个数",
    ],
  },
  {
    field: "unitWeight",
    header: "Unit weight kg",
    kind: "weight",
    aliases: [
      "Unit weight",
      "Weight",
      "Weight kg",
      "Unit weight (kg)",
      "Poids",
      "Poids unitaire",
      "Poids unitaire kg",
      "Poids kg",
      "Gewicht",
      "Gewicht kg",
      "Stückgewicht",
      "Stückgewicht kg",
      "Eenheidsgewicht",
      "Gewicht per eenheid",
      "Gewicht per eenheid kg",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "单件重量",
      "单件重量(kg)",
      "单个重量",
      "单品重量",
      "单重",
      "单位重量",
      "重量",
      "重量(kg)",
      "重量(公斤)",
    ],
  },
  {
    field: "destination",
    header: "Destination",
    kind: "text",
    aliases: [
      "Country",
      "Destination country",
      "Country of destination",
      "Ship to country",
      "Pays",
      "Pays de destination",
      "Land",
      "Land van bestemming",
      "Bestemming",
      "Bestimmungsland",
      "Zielland",
      "Lieferland",
      "Empfängerland",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "目的国",
      "目的国家",
      "目的国家/地区",
      "目的地",
      "目的地国家",
      "收货国家",
      "收件国家",
      "运抵国",
      "国家",
      "国家/地区",
    ],
  },
  {
    field: "salesLink",
    header: "Sales link",
    kind: "text",
    aliases: [
      "Link",
      "URL",
      "Listing",
      "Listing URL",
      "Product link",
      "Amazon link",
      "Sales URL",
      "Lien",
      "Lien de vente",
      "Lien produit",
      "Verkooplink",
      "Productlink",
      "Verkaufslink",
      "Produktlink",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "销售链接",
      "商品链接",
      "产品链接",
      "亚马逊链接",
      "Listing链接",
      "链接",
      "网址",
    ],
  },
  {
    field: "referenceLink",
    header: "Reference link",
    kind: "text",
    aliases: [
      "Reference URL",
      "Ref link",
      "Lien de référence",
      "Referentielink",
      "Referenzlink",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "参考链接",
      "参考网址",
      "参照链接",
    ],
  },
  {
    field: "price",
    header: "Selling price",
    kind: "amount",
    aliases: [
      "Price incl. VAT",
      "Price incl VAT",
      "Price",
      "Sales price",
      "Sale price",
      // The words marketplaces' exports and sellers' lists use for the VAT-inclusive price per unit (issue 10).
      "Unit price",
      "Listing price",
      "Item price",
      "Retail price",
      "Gross price",
      "Link price",
      "Prix TTC",
      "Prix de vente",
      "Prix de vente TTC",
      "Prix",
      "Verkoopprijs",
      "Verkoopprijs incl. btw",
      "Prijs incl. btw",
      "Prijs",
      "Verkaufspreis",
      "Verkaufspreis brutto",
      "Verkaufspreis inkl. MwSt.",
      "Bruttoverkaufspreis",
      "Bruttopreis",
      "Preis brutto",
      "Preis inkl. MwSt.",
      "VK brutto",
      "Preis",
      "VK-Preis",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "售价",
      "售价(含税)",
      "含税售价",
      "含税价",
      "含税单价",
      "销售价",
      "销售价格",
      "销售单价",
      "商品售价",
      "零售价",
      // Not 单价 or 价格: on a packing list they are the invoice unit price, often in USD, not the listing's.
    ],
  },
  {
    field: "currency",
    header: "Currency",
    kind: "text",
    aliases: [
      "Devise",
      "Monnaie",
      "Valuta",
      "Munt",
      "Währung",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "币种",
      "币别",
      "币制",
      "货币",
      "货币单位",
    ],
  },
  {
    field: "commission",
    header: "Commission",
    kind: "amount",
    aliases: [
      "Referral fee",
      "Platform fee",
      "Amazon fee",
      "Platform commission",
      "Commission Amazon",
      "Frais de vente",
      "Commissie",
      "Verkoopkosten",
      "Provision",
      "Verkaufsgebühr",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "佣金",
      "平台佣金",
      "销售佣金",
      "亚马逊佣金",
      "平台费",
      "平台费用",
    ],
  },
  {
    field: "commissionRate",
    header: "Commission rate",
    kind: "rate",
    aliases: [
      "Commission %",
      "Referral fee rate",
      "Referral fee %",
      "Taux de commission",
      "Commissiepercentage",
      "Provision %",
      "Provisionssatz",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "佣金比例",
      "佣金率",
      "佣金%",
      "佣金比率",
      "平台佣金比例",
    ],
  },
  {
    field: "packaging",
    header: "Packaging",
    kind: "amount",
    aliases: [
      "Packaging cost",
      "Emballage",
      "Verpakking",
      "Verpackung",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "包装费",
      "包装费用",
      "包装成本",
      "包材费",
      "包装",
    ],
  },
  {
    field: "freight",
    header: "Freight",
    kind: "amount",
    aliases: [
      "EU freight",
      "Freight within the EU",
      "Freight after import",
      "Fret",
      "Vracht",
      "Fracht",
      "Frachtkosten",
      "Vrachtkosten",
      "Fret UE",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "欧盟境内运费",
      "欧洲内陆运费",
      "内陆运费",
      "进口后运费",
    ],
  },
  {
    field: "lastMile",
    header: "Last mile",
    kind: "amount",
    aliases: [
      "Last-mile delivery",
      "Delivery",
      "Final delivery",
      "Dernier kilomètre",
      "Livraison",
      "Laatste kilometer",
      "Levering",
      "Letzte Meile",
      "Zustellung",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "尾程运费",
      "尾程费用",
      "尾程派送费",
      "尾程",
      "派送费",
      "末端派送费",
      "最后一公里",
    ],
  },
  {
    field: "fbaFee",
    header: "FBA fee",
    kind: "amount",
    aliases: [
      "Fulfilment fee",
      "Fulfillment fee",
      "FBA fulfilment fee",
      "FBA",
      "Frais FBA",
      "Frais d'expédition FBA",
      "FBA-kosten",
      "FBA-Gebühr",
      "Versandgebühr",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "FBA费用",
      "FBA费",
      "FBA配送费",
      "亚马逊配送费",
      "配送费",
    ],
  },
  {
    field: "handling",
    header: "Handling",
    kind: "amount",
    aliases: [
      "Handling fee",
      "Handling costs",
      "Customs fees",
      "Clearance",
      "Clearance fee",
      "Manutention",
      "Frais de dédouanement",
      "Behandelingskosten",
      "Inklaring",
      "Abfertigung",
      "Abfertigungskosten",
      "Zollabfertigung",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "清关费",
      "清关费用",
      "报关费",
      "操作费",
      "处理费",
      "分拣费",
    ],
  },
  {
    field: "dutyRate",
    header: "Duty rate",
    kind: "duty",
    aliases: [
      "Duty %",
      "Import duty rate",
      "Tariff rate",
      "Taux de droit",
      "Taux des droits",
      "Droit de douane",
      "Invoerrecht",
      "Invoerrechtpercentage",
      "Douanerecht",
      "Zollsatz",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "关税税率",
      "关税率",
      "关税%",
      "进口关税税率",
    ],
  },
  {
    field: "specificDuty",
    header: "Specific duty",
    kind: "amount",
    aliases: [
      "Droit spécifique",
      "Specifiek recht",
      "Spezifischer Zoll",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "从量税",
      "从量关税",
    ],
  },
  {
    field: "vatRate",
    header: "VAT rate",
    kind: "rate",
    aliases: [
      "VAT",
      "VAT %",
      "Taux de TVA",
      "TVA",
      "BTW",
      "BTW-tarief",
      "BTW %",
      "MwSt",
      "MwSt-Satz",
      "USt",
      "USt-Satz",
      "Steuersatz",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "增值税率",
      "增值税税率",
      "增值税%",
      "VAT税率",
    ],
  },
  {
    field: "declaredValue",
    header: "Declared value",
    kind: "amount",
    aliases: [
      "Declared",
      "Declared unit value",
      "Invoice value",
      "Unit value",
      "Pro forma value",
      "Customs value",
      "Valeur déclarée",
      "Valeur en douane",
      "Aangegeven waarde",
      "Douanewaarde",
      "Zollwert",
      "Deklarierter Wert",
      "Angemeldeter Wert",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "申报价值",
      "申报单价",
      "申报价",
      "报关单价",
      "发票单价",
    ],
  },
  {
    field: "vatNumber",
    header: "VAT number",
    kind: "text",
    aliases: [
      "VAT ID",
      "VAT no",
      "VAT registration",
      "VAT registration number",
      "N° TVA",
      "Numéro de TVA",
      "Numéro TVA",
      "BTW-nummer",
      "BTW nummer",
      "USt-IdNr",
      "USt-ID",
      "UID",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "VAT税号",
      "VAT号",
      "VAT号码",
      "VAT注册号",
      "增值税号",
      "增值税税号",
      "增值税识别号",
    ],
  },
  // Import VAT (issue 11, domain.md section 11): the regime of the row, the Belgian VAT number ET 14.000 needs, and a
  // reduced import VAT rate where the standard Belgian rate does not apply.
  {
    field: "vatRegime",
    header: "VAT regime",
    kind: "text",
    aliases: [
      "VAT procedure",
      "Import VAT regime",
      "VAT deferral",
      "Régime TVA",
      "Régime de TVA",
      "Report de TVA",
      "Btw-regeling",
      "Btw-regime",
      "Uitstel btw",
      "EUSt-Verfahren",
      "Umsatzsteuerverfahren",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "增值税方式",
      "递延方式",
      "清关方式",
    ],
  },
  {
    field: "importerVatNumber",
    header: "Importer VAT number",
    kind: "text",
    aliases: [
      "BE VAT number",
      "Importer VAT",
      "Importer VAT ID",
      "N° TVA importateur",
      "Numéro de TVA de l'importateur",
      "TVA importateur",
      "BTW-nummer importeur",
      "Btw-nummer importeur",
      "USt-IdNr Importeur",
      "Importeur USt-IdNr",
      "USt-IdNr. des Einführers",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "进口商税号",
      "进口商增值税号",
      "进口商VAT号",
      "比利时税号",
    ],
  },
  {
    field: "importVatRate",
    header: "Import VAT rate",
    kind: "rate",
    aliases: [
      "Import VAT %",
      "Taux de TVA à l'importation",
      "TVA à l'importation",
      "Btw-tarief invoer",
      "Invoer-btw",
      "EUSt-Satz",
      "Einfuhrumsatzsteuersatz",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "进口增值税率",
      "进口增值税税率",
    ],
  },
  // Product identifiers and the channel (issue 12, domain.md section 9): required in the declarations of B2C
  // consignments from 2026-11-01 (Delegated Regulation (EU) 2026/1022); the channel decides the EUR 3 duty.
  {
    field: "gtin",
    header: "GTIN",
    kind: "text",
    aliases: [
      "EAN",
      "EAN-13",
      "EAN13",
      "UPC",
      "Barcode",
      "Bar code",
      "GTIN-13",
      "Code EAN",
      "Code GTIN",
      "Code-barres",
      "Streepjescode",
      "EAN-Code",
      "Strichcode",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "条形码",
      "条码",
      "EAN码",
    ],
  },
  {
    field: "productId",
    header: "Product ID",
    kind: "text",
    aliases: [
      "MPN",
      "Manufacturer part number",
      "Manufacturer product ID",
      "Merchant product ID",
      "Référence fabricant",
      "Identifiant produit",
      "Fabrikantcode",
      "Herstellernummer",
      "Produkt-ID",
      "Herstellerartikelnummer",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "产品ID",
      "商品ID",
      "制造商编号",
    ],
  },
  {
    field: "channel",
    header: "Channel",
    kind: "text",
    aliases: [
      "Sales channel",
      "Import channel",
      "Canal",
      "Canal de vente",
      "Kanaal",
      "Verkoopkanaal",
      "Kanal",
      "Vertriebskanal",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "渠道",
      "销售渠道",
      "物流渠道",
    ],
  },
  {
    field: "shipment",
    header: "Shipment",
    kind: "text",
    aliases: [
      "Shipment ID",
      "Shipment reference",
      "Consignment",
      "AWB",
      "MAWB",
      "Envoi",
      "Expédition",
      "Zending",
      "Sendung",
      "Sendungsnummer",
      "Zendingnummer",
      "Numéro d'envoi",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "票号",
      "运单号",
      "货件编号",
      "货件号",
      "货件ID",
      "FBA货件号",
      "提单号",
      "主单号",
    ],
  },
  {
    field: "date",
    header: "Date",
    kind: "date",
    aliases: [
      "Declaration date",
      "Sale date",
      "Date of sale",
      "Date de vente",
      "Date de déclaration",
      "Datum",
      "Aangiftedatum",
      "Verkoopdatum",
      "Anmeldedatum",
      "Verkaufsdatum",
      // Simplified Chinese: what sellers' and forwarders' lists use.
      "日期",
      "销售日期",
      "申报日期",
      "报关日期",
    ],
  },
] as const satisfies readonly {
  field: string;
  header: string;
  kind: FieldKind;
  aliases: readonly string[];
}[];

export type Field = (typeof INPUT_COLUMNS)[number]["field"];

/** The money columns: a currency written in one of them (a sign, a format, the header) is the row's currency. */
export const MONEY_FIELDS: readonly Field[] = INPUT_COLUMNS.filter((column) => column.kind === "amount").map(
  (column) => column.field,
);

/** A sheet without these columns cannot be checked. */
export const REQUIRED_FIELDS: readonly Field[] = ["price", "destination"];

/** The columns the product writes and owns, appended to the right in this order. */
export const OUTPUT_COLUMNS = [
  "Inverse value",
  "Declaration ratio",
  "Duty",
  "Status",
  "Flags",
  "Explanation",
] as const;
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/**
 * Costs customs do not accept as deductions (docs/rules.md, Deductions customs accept), by words in their headers. Such columns are
 * recognised, left out of the calculation and named in the summary.
 */
const NON_DEDUCTIBLE_WORDS = [
  "advertising",
  "advertisement",
  "ads",
  "publicite",
  "reclame",
  "werbung",
  "warehouse",
  "storage",
  "entrepot",
  "stockage",
  "magazijn",
  "opslag",
  "lager",
  "lagerung",
  "return",
  "returns",
  "retour",
  "retouren",
  "exchange",
  "echange",
  "profit",
  "margin",
  "marge",
  "winst",
  "gewinn",
  "marketing",
  "promotion",
  "discount",
  "remise",
  "rabais",
  "korting",
  "rabatt",
  "damage",
  "damaged",
  "dommage",
  "casse",
  "schade",
  "schaden",
  "obsolescence",
];

/**
 * Chinese words of costs customs do not deduct, found anywhere in a header (Chinese has no spaces between words).
 * 头程 (first-leg freight, China to the warehouse) and 国际运费 (international freight) are transport up to the
 * EU border, which is part of the customs value; only freight after import is deducted (docs/rules.md, Deductions customs accept).
 */
const NON_DEDUCTIBLE_CHINESE = [
  "广告",
  "推广",
  "营销",
  "仓储",
  "仓租",
  "仓库",
  "退货",
  "退款",
  "利润",
  "毛利",
  "折扣",
  "优惠",
  "损坏",
  "破损",
  "货损",
  "头程",
  "国际运费",
];

/** Han characters: kept by headerKey, so that Chinese headers are told apart (and not all read as ""). */
const HAN = /\p{Script=Han}/u;

/**
 * Header text reduced to what matters for matching: lower case letters, digits and Chinese characters, no
 * accents; full-width forms (ＳＫＵ，（）) read as their ordinary ones. A % sign counts (as "pct"): "Commission %"
 * is a rate, "Commission" an amount.
 */
export function headerKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/%/g, "pct")
    .replace(/[^a-z0-9\p{Script=Han}]/gu, "");
}

function headerWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const FIELD_BY_KEY: ReadonlyMap<string, ColumnDefinition> = new Map(
  INPUT_COLUMNS.flatMap((column) =>
    [column.header, ...column.aliases].map((name) => [headerKey(name), column as ColumnDefinition]),
  ),
);
const NON_DEDUCTIBLE: ReadonlySet<string> = new Set(NON_DEDUCTIBLE_WORDS);

/** Each field's definition, for columnDefinition: asked for a header per row and field the sheet has no column of. */
const DEFINITION_OF: ReadonlyMap<Field, ColumnDefinition> = new Map(
  INPUT_COLUMNS.map((column) => [column.field, column as ColumnDefinition]),
);

export function columnDefinition(field: Field): ColumnDefinition {
  return DEFINITION_OF.get(field) as ColumnDefinition;
}

/** Where a header may be cut in two: at a space, slash, bar, bracket or line break, or where Chinese meets Latin. */
function splitPoints(text: string): number[] {
  const points: number[] = [];
  for (let index = 1; index < text.length; index++) {
    const before = text[index - 1];
    const here = text[index];
    if (/[\s/|()（）[\]【】、,，;；:：]/.test(here) || HAN.test(before) !== HAN.test(here))
      points.push(index);
  }
  return points;
}

/**
 * A bilingual header ("HS编码 HS Code", "数量 (Qty)", "品名/Description", "票号/运单号"): one that can be cut in
 * two parts that each name the same field. Parts naming two fields, or none, make no field.
 */
function bilingualField(text: string): ColumnDefinition | undefined {
  let found: ColumnDefinition | undefined;
  for (const point of splitPoints(text)) {
    const [left, right] = bilingualHalves(headerKey(text.slice(0, point)), headerKey(text.slice(point)));
    if (left === undefined || left !== right) continue;
    if (found !== undefined && found !== left) return undefined;
    found = left;
  }
  return found;
}

/**
 * The fields the two halves of a header name. A half that is a judged name ("商品编码") takes the meaning the other
 * half gives it, when that is one of its own: "商品编码/SKU" is the SKU. Two judged halves ("Duty/关税") stay judged.
 */
function bilingualHalves(
  left: string,
  right: string,
): [ColumnDefinition | undefined, ColumnDefinition | undefined] {
  const [named, other] = [FIELD_BY_KEY.get(left), FIELD_BY_KEY.get(right)];
  const judgedAs = (key: string, meant: ColumnDefinition | undefined) => {
    const judged = VALUE_JUDGED.get(key);
    return meant !== undefined && (judged?.field === meant.field || judged?.otherwise === meant.field)
      ? meant
      : undefined;
  };
  return [named ?? judgedAs(left, other), other ?? judgedAs(right, named)];
}

/** No alias, even two side by side, is this long: a longer cell is a note or data, never a header. */
const LONGEST_HEADER = 120;

export function fieldOfHeader(text: string): ColumnDefinition | undefined {
  if (text.length > LONGEST_HEADER) return undefined;
  const key = headerKey(text);
  if (key === "") return undefined;
  return FIELD_BY_KEY.get(key) ?? bilingualField(text) ?? currencyNamedField(text);
}

/** The signs and names of CURRENCY_SIGNS, longest first (US$ before $), as alternatives of a regular expression. */
const signsPattern = (signs: readonly string[]) =>
  [...signs]
    .sort((a, b) => b.length - a.length)
    .map((sign) => sign.replace(/[.$()[\]\\^*+?{}|]/g, "\\$&"))
    .join("|");
const LETTER_SIGNS = signsPattern([...CURRENCY_SIGNS.keys()].filter((sign) => /^[a-z]/i.test(sign)));
const OTHER_SIGNS = signsPattern([...CURRENCY_SIGNS.keys()].filter((sign) => !/^[a-z]/i.test(sign)));
/**
 * A header that ends with a currency: "Price ($)", "Selling price EUR", "Preis in €", "Prix (en USD)", "售价（元）",
 * "售价(人民币)". A code or a sign of letters must not end a word ("Pricekr" is none); "Price$" is "$". The currency
 * may stand in brackets, after a comma, slash or dash, or after "in"/"en".
 */
const ENDS_WITH_CURRENCY = new RegExp(
  String.raw`^(.*?)\s*[,/\-–]?\s*[(\[（【]?\s*(?:(?:in|en)\s+)?((?<![A-Za-z])(?:${LETTER_SIGNS}|[A-Za-z]{3})|${OTHER_SIGNS})\s*[)\]）】]?$`,
  "iu",
);

/**
 * ISO 4217 codes that are everyday words of the users' languages, as a header ends with them in small letters:
 * "Fees (all)", "Handling, all", "Price top". Read as the lek or the paʻanga, every row would be refused for a currency
 * nobody meant; so written so, they are words, and only the capitals ("Price ALL") name the currency.
 */
const WORDS_LIKE_CODES: ReadonlySet<string> = new Set(
  ["all", "cup", "gel", "lak", "mad", "mop", "mur", "pen", "top", "try"].flatMap((word) => [
    word,
    word[0].toUpperCase() + word.slice(1),
  ]),
);

/**
 * The currency a header ends with, as written ("$", "EUR", "元"), and the header before it; undefined when it ends
 * with none. The amounts of a money column so named are in that currency, as if each cell said so (row-check.ts
 * MoneyReader): read as EUR, "Price ($)" would be a wrong number.
 */
export function headerCurrency(
  text: string,
): { readonly written: string; readonly rest: string } | undefined {
  if (text.length > LONGEST_HEADER) return undefined;
  const match = ENDS_WITH_CURRENCY.exec(text.trim());
  if (match === null) return undefined;
  const [, rest, written] = match;
  if (WORDS_LIKE_CODES.has(written)) return undefined;
  return currenciesOf(written) === undefined ? undefined : { written, rest };
}

/** The amount column a header names before its currency ("Selling price EUR", "售价（人民币）"), or undefined. */
function currencyNamedField(text: string): ColumnDefinition | undefined {
  const named = headerCurrency(text);
  if (named === undefined || headerKey(named.rest) === "") return undefined;
  const column = FIELD_BY_KEY.get(headerKey(named.rest)) ?? bilingualField(named.rest);
  return column?.kind === "amount" ? column : undefined;
}

/**
 * Headers whose name alone does not say what they hold: a column named "Duty" may hold duty rates (12 %) or duty
 * amounts (1.02), one named "Type" the channel (B2C) or the product's type, one named 商品编码 the HS code or the SKU.
 * Such a column of the user's is read as the field only when its values show it (rates, channel words, HS codes:
 * header-mapping.ts), never by the name alone, and else as `otherwise`, if given, or not at all; they are no
 * alias, so no table maps them.
 */
export const VALUE_JUDGED_HEADERS: readonly ValueJudgedHeader[] = [
  { header: "Duty", field: "dutyRate" },
  { header: "关税", field: "dutyRate" },
  // "Type" and "Flow" columns often hold the product's type: read as the channel only when they hold channel words.
  { header: "Type", field: "channel" },
  { header: "Flow", field: "channel" },
  // 商品编码 ("goods code") is the HS code on a Chinese customs declaration and the SKU in a seller's ERP export.
  { header: "商品编码", field: "hsCode", otherwise: "sku" },
];

export interface ValueJudgedHeader {
  readonly header: string;
  /** What the column is read as when its values show it. */
  readonly field: Field;
  /** What it is read as when they do not; without one, it is not read. */
  readonly otherwise?: Field;
}

const VALUE_JUDGED: ReadonlyMap<string, ValueJudgedHeader> = new Map(
  VALUE_JUDGED_HEADERS.map((judged) => [headerKey(judged.header), judged]),
);

/** What a header may name, to be judged by the column's values; undefined for any other header. */
export function valueJudgedHeader(text: string): ValueJudgedHeader | undefined {
  return VALUE_JUDGED.get(headerKey(text));
}

/**
 * The words that make an output column's header distinct from a column of the user's with the same name: the
 * checker's Status goes in "Status (customs check)" when the sheet already has a "Status" of its own. English: each
 * language has its own (headers.marked of src/sheet/lang).
 */
export const OUTPUT_MARK = "customs check";

/**
 * The header of an output column in `language`: its name, or with the mark (and a number, should even that be
 * taken).
 */
export function outputHeader(name: OutputColumn, distinct: number = 0, language: AnyLanguage = "en"): string {
  const { headers } = sheetWordsOf(language);
  const header = headers.output[name];
  return distinct === 0 ? header : headers.marked({ header, count: distinct });
}

/** Stands for any number in a marked header: the key of one made with it shows where the number goes. */
const ANY_NUMBER = 987_654_321;

/** How the output columns' headers of every language read: plain, marked, and marked with a number. */
interface OutputHeaderKeys {
  readonly plain: ReadonlyMap<string, OutputColumn>;
  readonly marked: ReadonlyMap<string, OutputColumn>;
  readonly numbered: readonly { readonly pattern: RegExp; readonly name: OutputColumn }[];
}

let outputHeaderKeys: OutputHeaderKeys | undefined;

/**
 * The keys of the output headers of every language's catalogue and the pseudo-locale: a sheet keeps the headers
 * of the language it was first checked in, and a re-check in another language must still find them. Made on first
 * use, once.
 */
function outputKeys(): OutputHeaderKeys {
  if (outputHeaderKeys !== undefined) return outputHeaderKeys;
  const plain = new Map<string, OutputColumn>();
  const marked = new Map<string, OutputColumn>();
  const numbered: { pattern: RegExp; name: OutputColumn }[] = [];
  const languages: AnyLanguage[] = [...(Object.keys(SHEET_CATALOGUES) as LanguageCode[]), PSEUDO];
  for (const language of languages) {
    const { headers } = sheetWordsOf(language);
    for (const name of OUTPUT_COLUMNS) {
      const header = headers.output[name];
      if (!plain.has(headerKey(header))) plain.set(headerKey(header), name);
      const once = headerKey(headers.marked({ header, count: 1 }));
      if (!marked.has(once)) marked.set(once, name);
      const [before, after] = headerKey(headers.marked({ header, count: ANY_NUMBER })).split(
        String(ANY_NUMBER),
      );
      if (after !== undefined)
        numbered.push({
          pattern: new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`, "u"),
          name,
        });
    }
  }
  outputHeaderKeys = { plain, marked, numbered };
  return outputHeaderKeys;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The output column whose plain header, in any language, has this key. */
export function outputOfHeaderKey(key: string): OutputColumn | undefined {
  return outputKeys().plain.get(key);
}

/**
 * The output column a header names, in any language, and whether it carries the checker's mark ("Status
 * (customs check)").
 */
export function outputOfHeader(text: string): { name: OutputColumn; marked: boolean } | undefined {
  const keys = outputKeys();
  const key = headerKey(text);
  const plain = keys.plain.get(key);
  if (plain !== undefined) return { name: plain, marked: false };
  const name = keys.marked.get(key) ?? keys.numbered.find(({ pattern }) => pattern.test(key))?.name;
  return name === undefined ? undefined : { name, marked: true };
}

/** A header that is an output column's name, plain ("Status") or with the checker's mark. */
export function isOutputHeader(text: string): boolean {
  return outputOfHeader(text) !== undefined;
}

export function isNonDeductibleHeader(text: string): boolean {
  if (headerWords(text).some((word) => NON_DEDUCTIBLE.has(word))) return true;
  const key = headerKey(text);
  return NON_DEDUCTIBLE_CHINESE.some((word) => key.includes(word));
}

/** The words of both tables, for the test that keeps them apart from the aliases. */
export const NON_DEDUCTIBLE_HEADER_WORDS: readonly string[] = [
  ...NON_DEDUCTIBLE_WORDS,
  ...NON_DEDUCTIBLE_CHINESE,
];
