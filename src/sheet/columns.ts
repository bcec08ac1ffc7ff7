/**
 * The columns of a shipment sheet (design.md section 3): one source of truth for their names, aliases and kinds.
 * Headers match case-, space-, accent- and punctuation-insensitively; aliases cover what English, French, Dutch
 * and German users type.
 */
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
      "Goederencode",
      "Zolltarifnummer",
      "Warentarifnummer",
      "HTS",
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
      "Poids kg",
      "Gewicht",
      "Gewicht kg",
      "Stückgewicht",
      "Eenheidsgewicht",
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
    ],
  },
  {
    field: "referenceLink",
    header: "Reference link",
    kind: "text",
    aliases: ["Reference URL", "Ref link", "Lien de référence", "Referentielink", "Referenzlink"],
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
      "Bruttopreis",
      "Preis",
      "VK-Preis",
    ],
  },
  {
    field: "currency",
    header: "Currency",
    kind: "text",
    aliases: ["Devise", "Monnaie", "Valuta", "Munt", "Währung"],
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
      "Provisionssatz",
    ],
  },
  {
    field: "packaging",
    header: "Packaging",
    kind: "amount",
    aliases: ["Packaging cost", "Emballage", "Verpakking", "Verpackung"],
  },
  {
    field: "freight",
    header: "Freight",
    kind: "amount",
    aliases: ["EU freight", "Freight within the EU", "Freight after import", "Fret", "Vracht", "Fracht"],
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
      "Zollabfertigung",
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
      "Droit de douane",
      "Invoerrecht",
      "Douanerecht",
      "Zollsatz",
    ],
  },
  {
    field: "specificDuty",
    header: "Specific duty",
    kind: "amount",
    aliases: ["Droit spécifique", "Specifiek recht", "Spezifischer Zoll"],
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
      "Verkaufsdatum",
    ],
  },
] as const satisfies readonly {
  field: string;
  header: string;
  kind: FieldKind;
  aliases: readonly string[];
}[];

export type Field = (typeof INPUT_COLUMNS)[number]["field"];

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
 * Costs customs do not accept as deductions (domain.md section 3), by words in their headers. Such columns are
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
 * Header text reduced to what matters for matching: lower case letters and digits, no accents. A % sign counts
 * (as "pct"): "Commission %" is a rate, "Commission" an amount.
 */
export function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/%/g, "pct")
    .replace(/[^a-z0-9]/g, "");
}

function headerWords(text: string): string[] {
  return text
    .normalize("NFD")
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
const OUTPUT_KEYS: ReadonlySet<string> = new Set(OUTPUT_COLUMNS.map(headerKey));
const NON_DEDUCTIBLE: ReadonlySet<string> = new Set(NON_DEDUCTIBLE_WORDS);

export function columnDefinition(field: Field): ColumnDefinition {
  return INPUT_COLUMNS.find((column) => column.field === field) as ColumnDefinition;
}

export function fieldOfHeader(text: string): ColumnDefinition | undefined {
  return FIELD_BY_KEY.get(headerKey(text));
}

export function isOutputHeader(text: string): boolean {
  return OUTPUT_KEYS.has(headerKey(text));
}

export function isNonDeductibleHeader(text: string): boolean {
  return headerWords(text).some((word) => NON_DEDUCTIBLE.has(word));
}
