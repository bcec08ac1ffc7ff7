import { packOutcomes, unpackOutcomes } from "../../src/cli/evaluate";
import { type RowOutcome } from "../../src/cli/evaluation";

describe("row outcomes crossing from the worker thread", () => {
  test("come out as they went in: outputs, VAT rate, shipment, pro forma line and --json row, or none", () => {
    const outcomes: RowOutcome[] = [
      {
        index: 7,
        output: [43.1, 0.4349, 1.02, "REVIEW", "SHIPMENT_DETENTION", "Shipment LGG-1 has a row at risk."],
        vatRate: 0.21,
        status: "REVIEW",
        shipment: "LGG-1",
        json: '{"row":8,"sku":"LAMP-9"}',
        proForma: {
          sku: "LAMP-9",
          description: "Desk lamp",
          hsCode: "94052140",
          quantity: 2.5,
          unitCents: {
            price: 4990,
            salesVat: 866,
            commission: 499,
            packaging: 30,
            freight: 80,
            lastMile: 0,
            fbaFee: 307,
            handling: 0,
            duty: 138,
            value: 3070,
          },
          lineTotalCents: 7675,
        },
      },
      {
        index: 9,
        output: ["", "", "", "ERROR", "INVALID_INPUT", 'Selling price: "x" is not a number.'],
        vatRate: null,
        status: "ERROR",
        shipment: null,
        proForma: null,
        json: undefined,
      },
      {
        index: 12,
        output: [
          19.29,
          0.2592,
          0,
          "RISK",
          "UNDER_DECLARED",
          "Declared 5.00 is 14.29 below the inverse value 19.29.",
        ],
        vatRate: 0,
        status: "RISK",
        shipment: "LGG-2",
        json: '{"row":13,"explanation":"Declared 5.00 is 14.29 below"}',
        proForma: {
          sku: "",
          description: "",
          hsCode: "",
          quantity: 1,
          unitCents: {
            price: 2500,
            salesVat: 0,
            commission: 0,
            packaging: 0,
            freight: 0,
            lastMile: 0,
            fbaFee: 0,
            handling: 0,
            duty: 0,
            value: 1929,
          },
          lineTotalCents: 1929,
        },
      },
    ];
    expect(unpackOutcomes(structuredClone(packOutcomes(outcomes)))).toEqual(outcomes);
  });
});
