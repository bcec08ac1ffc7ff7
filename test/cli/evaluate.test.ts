import { packOutcomes, unpackOutcomes } from "../../src/cli/evaluate";
import { type RowOutcome } from "../../src/cli/evaluation";

describe("row outcomes crossing from the worker thread", () => {
  test("come out as they went in: outputs, VAT rate, shipment and pro forma line, or none", () => {
    const outcomes: RowOutcome[] = [
      {
        index: 7,
        output: [43.1, 0.4349, 1.02, "REVIEW", "SHIPMENT_DETENTION", "Shipment LGG-1 has a row at risk."],
        vatRate: 0.21,
        status: "REVIEW",
        shipment: "LGG-1",
        proForma: [
          "LAMP-9",
          "Desk lamp",
          "94052140",
          2.5,
          49.9,
          8.66,
          4.99,
          0.3,
          0.8,
          0,
          3.07,
          0,
          1.38,
          30.7,
          76.75,
        ],
      },
      {
        index: 9,
        output: ["", "", "", "ERROR", "INVALID_INPUT", 'Selling price: "x" is not a number.'],
        vatRate: null,
        status: "ERROR",
        shipment: null,
        proForma: null,
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
        proForma: ["", "", "", 1, 25, 0, 0, 0, 0, 0, 0, 0, 0, 19.29, 19.29],
      },
    ];
    expect(unpackOutcomes(structuredClone(packOutcomes(outcomes)))).toEqual(outcomes);
  });
});
