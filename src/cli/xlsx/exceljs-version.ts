/**
 * The exceljs version whose internals this folder was checked against; package.json pins exactly this version and
 * test/cli/exceljs-pin.test.ts fails when the installed or pinned version differs. Before changing either, read
 * the new version's sources (node_modules/exceljs/lib) for each of these and adjust the code that relies on it:
 *
 * - xml-rows.ts: the streaming writer's style table (`styles.addStyleModel`, workbook-writer.js) and a sheet's
 *   `stream.write`, `startedData` and `_rowZero` (worksheet-writer.js): rows of XML are written past exceljs.
 * - row-xml.ts: the row and cell XML of xlsx/xform/sheet/row-xform.js and cell-xform.js (attribute order,
 *   t="str", t="b", dates as serial numbers, utils.xmlEncode); test/cli/row-xml.test.ts compares the two.
 * - pacer.ts: a sheet's `stream` (utils/stream-buf.js: `buffers`, `pipes[0]._writableState` and
 *   `_readableState`), read to measure the XML waiting for the zip.
 * - workbook-writer.ts: style objects recognised by identity (a WeakMap) and written once; U+FFFE, U+FFFF and lone
 *   surrogates written as they are (storableValue removes them); print titles quoted without escaping; a streaming
 *   sheet's `_merges`, written at its commit as <mergeCell ref="${entry}"/> (mergeCells itself needs the rows,
 *   which are written by then).
 * - workbook-reader.ts: the streaming reader's part readers `_parseRels`, `_parseWorkbook`, `_parseStyles`,
 *   `_parseSharedStrings`, `_parseHyperlinks` and `_parseWorksheet` (stream/xlsx/workbook-reader.js), fed straight
 *   from the zip instead of its own pass over it, which ends before the last entries (exceljs issue #3064); the
 *   events "hyperlink" and "row", `sharedStrings`, a worksheet's `iterator` (worksheet-reader.js), formula error
 *   results read as no result, an empty style object on every unstyled cell.
 * - sheet-format.ts: what the reader leaves out of a sheet: hidden rows, <col> widths and hidden columns, and
 *   whether the XML came to its end.
 * - zip-directory.ts: the reader takes damaged data without a word and its pass misses the last entries (#3064):
 *   the sheet list, every part read and the checksums come from the zip's central directory.
 */
export const EXCELJS_VERSION_CHECKED = "4.4.0";
