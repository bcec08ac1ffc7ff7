import fc from "fast-check";
import { cellKey, fingerprint } from "../../taskpane/fingerprint";

describe("column fingerprints", () => {
  test("do not depend on row order (sorting the sheet keeps them)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null))),
        (cells) => {
          const shuffled = [...cells].reverse();
          expect(fingerprint(shuffled)).toBe(fingerprint(cells));
        },
      ),
    );
  });

  test("ignore empty cells: writing into them is always allowed", () => {
    expect(fingerprint(["OK", "", null, undefined, "RISK"])).toBe(fingerprint(["RISK", "OK"]));
    expect(fingerprint(["", null])).toBe(fingerprint([]));
    expect(fingerprint([undefined, ""])).toBe(fingerprint([]));
  });

  test("change when a cell is typed over, added or removed", () => {
    const written = ["OK", "RISK", 21.7, 0.4349];
    expect(fingerprint([...written.slice(0, 3), 0.435])).not.toBe(fingerprint(written));
    expect(fingerprint([...written, "mine"])).not.toBe(fingerprint(written));
    expect(fingerprint(written.slice(1))).not.toBe(fingerprint(written));
    expect(fingerprint(["12"])).not.toBe(fingerprint([12]));
  });

  test("compare numbers as Excel keeps them (15 significant digits)", () => {
    expect(cellKey(0.1 + 0.2)).toBe(cellKey(0.3));
    expect(cellKey(21.7)).toBe("n:21.7");
    expect(cellKey(true)).toBe("b:true");
    expect(cellKey("")).toBeUndefined();
  });

  test("are short", () => {
    const big = Array.from({ length: 50_000 }, (_, i) => `Explanation ${i}`);
    expect(fingerprint(big).length).toBeLessThan(24);
  });
});
