/**
 * The command line's words in Simplified Chinese: the words Chinese cross-border sellers, forwarders and their
 * customs brokers use (docs/glossary.md), in the style of src/engine/lang/zh.ts and src/sheet/lang/zh.ts. Chinese
 * writing puts a space between Chinese characters and Latin letters or digits (“HS 编码”, “--out 文件”) but none
 * beside full-width punctuation: `t` joins a sentence's words and its values that way. Option names, file names,
 * placeholders of the option syntax (FILE, NAME, CUR=RATE), status and flag codes stay as they are. Chinese has no
 * plural: one form says one and many. The usage text keeps the English layout: descriptions start in column 24,
 * a Chinese character taking two columns of a terminal.
 */
import { type Catalogue, chineseText } from "../../engine";
import type { CliWords } from "./en";

/** The Chinese catalogues' sentences: spaced where Latin or digits meet Chinese (src/engine/language.ts). */
const t = chineseText;

/** The hint that ends a problem with the command line. */
const SEE_HELP = "运行 customs-check --help 查看选项";
/** The advice after a damaged workbook. */
const REPAIR_IN_EXCEL = "请在 Excel 中打开它（Excel 会提示修复损坏的工作簿），保存后再检查一次";
/** The advice after a check that stopped. */
const RESAVE = "如果这是工作簿，请在 Excel 中打开并保存，然后再检查一次";
/** A quote that opens a field and is never closed, and how a quote is written inside a field. */
const OPEN_QUOTE = '某个字段以引号（"）开头';
const QUOTE_FIX = '请补上闭合引号，或将字段内的引号写成两个（""）';

const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`);

export const zh: Catalogue<CliWords> = (f) => ({
  usage: (p: { firstFine: number; secondFine: number }) => `用法：customs-check FILE [选项]
      npm run check -- FILE [选项]

按比利时海关为电商进口货物估价的方法（由电商平台售价推算反推价值）检查货件表（.xlsx 或 .csv），
并在其旁边写入检查结果工作簿 FILE.checked.xlsx，其中包括：增加了反推价值、申报比率、关税、状态、
标记和说明列的工作表，以及汇总、形式发票明细和审计日志工作表。输入文件绝不会被修改。

选项：
  --sheet NAME         .xlsx 文件中要检查的工作表（默认：第一个可见的工作表）
  --out FILE           检查结果工作簿的写入位置（.xlsx；不得为输入文件）。该位置若已有文件，
                       只有当它是本检查工具写入的工作簿时才会被替换
  --force              即使 --out 文件（或 FILE.checked.xlsx）不是本检查工具写入的，也将其替换
                       （只读文件绝不替换）
  --json               输出一个 JSON 文档（各行和汇总），而不是文本汇总
  --jsonl              以 JSON 行输出报告：每个已检查的行一个对象，最后是 {"summary": …}；
                       两种输出都在检查各行时写入标准输出
  --date YYYY-MM-DD    申报日期：据此选用增值税税率（默认：今天）
  --offence 1|2|3      计算潜在罚款所依据的违规次数（1：EUR ${f.count(p.firstFine)}，2：EUR ${f.count(p.secondFine)}，均按每个 HS 编码计；
                       3：列入黑名单，无金额；默认 1）
  --tolerance X        申报价值每件可低于反推价值的欧元金额（默认 0）
  --no-vat-deferral    不使用增值税递延：不要求增值税号
  --fx CUR=RATE        海关汇率，以每欧元单位数计，例如 --fx SEK=11.39（可重复）
  --vat-rate CC:PREFIX=RATE
                       按目的国和 HS 编码前缀设定的增值税低税率，例如 --vat-rate DE:4901=7%
                       （可重复；前缀最长者优先；行中填写的增值税税率仍优先于此设置）
  --channel stock|b2c  渠道列为空的行所用的渠道：stock（备货：自有库存、FBA、B2B，适用正常关税；默认）
                       或 b2c（售予消费者的包裹，适用每个品目 EUR 3 的低价值货件关税）
  --low-value-item 8|6 构成 EUR 3 低价值货件关税中一个品目的税则子目位数：8（CN 子目，默认）
                       或 6（HS 子目）
  --no-controlled-goods
                       不标记需许可证、证书或声明的商品
  --lang en|fr|nl|de|zh
                       文本汇总、各项消息、检查结果工作簿中的文字以及 --json 输出中的说明所用的语言：
                       英语、法语、荷兰语、德语或简体中文（默认：取自 LC_ALL、LC_MESSAGES 或 LANG 的
                       系统语言，否则为英语；JSON 键、标记和退出状态在所有语言中均相同）
  --help               显示本说明

退出状态：0 检查已完成，且没有状态为 RISK 或 ERROR 的行；1 有状态为 RISK 或 ERROR 的行；
2 检查未完成（用法或文件问题，在 stderr 上以一行说明；不写入工作簿）；130 或 143 被
Ctrl-C（SIGINT）或 SIGTERM 中断（未完成的工作簿会被删除）。`,

  command: {
    unknownOption: (p: { option: string }) => t`未知选项${p.option}。${SEE_HELP}`,
    takesNoValue: (p: { option: string }) => t`${p.option}不接受值。${SEE_HELP}`,
    needsDashedValue: (p: { option: string }) =>
      t`${p.option}需要一个值；若值以“-”开头，请写成${p.option}=VALUE`,
    needsValue: (p: { option: string }) => t`${p.option}需要一个值。${SEE_HELP}`,
    otherProblem: (p: { problem: string }) => t`${p.problem}。${SEE_HELP}`,
    noFile: "未指定文件。用法：customs-check FILE [选项]（--help 查看选项）",
    oneFileAtATime: (p: { files: readonly string[] }) =>
      t`一次只能检查一个文件，但收到了${quoted(p.files).join("、")}。${SEE_HELP}`,
    emptyDate: "--date 为空：请按 YYYY-MM-DD 格式给出申报日期，或省略 --date 以使用今天的日期",
    offenceChoice: (p: { value: string }) => t`--offence ${p.value}：请选择违规次数 1、2 或 3`,
    fxForm: (p: { value: string }) =>
      t`--fx ${p.value}：请将海关汇率写为 CUR=RATE，以每欧元单位数计，例如 --fx SEK=11.39`,
    fxTwice: (p: { currency: string; first: string; second: string }) =>
      t`--fx ${p.currency}给出了两次（${p.first}和${p.second}）：每种货币只能给出一个汇率`,
    vatRateTwice: (p: { key: string; first: string; second: string }) =>
      t`--vat-rate ${p.key}给出了两次（${p.first}和${p.second}）：每个目的国和前缀只能给出一个税率`,
    emptyChannel: "--channel 为空：请选择 stock 或 b2c，或省略 --channel 以使用 stock",
    emptyLanguage: "--lang 为空：请选择 en、fr、nl、de 或 zh，或省略 --lang 以使用系统语言",
    outIsInput: (p: { out: string }) =>
      t`--out ${p.out}是输入文件：检查结果工作簿绝不会覆盖输入文件；请另选一个名称`,
    outNotXlsx: (p: { out: string }) =>
      t`--out ${p.out}：检查结果工作簿是 .xlsx 文件；请给出以 .xlsx 结尾的名称`,
    sheetOfCsv: (p: { sheet: string }) =>
      t`--sheet ${p.sheet}：.csv 文件只有一个工作表；--sheet 用于 .xlsx 工作簿`,
    jsonAndJsonl:
      "同时给出了 --json 和 --jsonl：请只选一个（--json 输出一个文档，--jsonl 每行输出一行 JSON）",
  },

  output: {
    givenIsFolder: (p: { out: string }) => t`--out ${p.out}是文件夹：请给出以 .xlsx 结尾的文件名`,
    defaultIsFolder: (p: { out: string }) => t`${p.out}（默认输出）是文件夹：请给出以 .xlsx 结尾的文件名`,
    givenReadOnly: (p: { out: string }) =>
      t`--out ${p.out}已存在且为只读，因此不会被替换：请另选一个 --out 名称`,
    defaultReadOnly: (p: { out: string }) =>
      t`${p.out}（默认输出）已存在且为只读，因此不会被替换：请将其移走，或用 --out 另选名称`,
    givenNotOurs: (p: { out: string }) =>
      t`--out ${p.out}已存在，且不是本检查工具写入的工作簿：请另选一个 --out 名称，或加上 --force 将其替换`,
    defaultNotOurs: (p: { out: string }) =>
      t`${p.out}（默认输出）已存在，且不是本检查工具写入的工作簿：请将其移走或用 --out 另选名称，或加上 --force 将其替换`,
    cannotWrite: (p: { out: string; problem: string }) => t`无法写入检查结果工作簿${p.out}：${p.problem}`,
    noFolder: (p: { folder: string }) => t`文件夹${p.folder}不存在`,
    permissionDenied: "权限被拒绝（文件是否已在 Excel 中打开，或文件夹为只读？）",
    isFolder: "这是一个文件夹",
    diskFull: "磁盘已满",
  },

  input: {
    notFound: (p: { file: string }) => t`找不到文件：${p.file}`,
    cannotRead: (p: { file: string; problem: string }) => t`无法读取${p.file}：${p.problem}`,
    isFolder: (p: { file: string }) => t`${p.file}是文件夹，不是电子表格：请给出 .xlsx 或 .csv 文件`,
    empty: (p: { file: string }) => t`${p.file}为空`,
    emptySheet: (p: { file: string; sheet: string }) => t`${p.file}的工作表“${p.sheet}”为空`,
    oldOrProtected: (p: { file: string }) =>
      t`${p.file}是 Excel 97-2003 工作簿或受密码保护的工作簿：请在 Excel 中将其另存为不带密码的 .xlsx 工作簿`,
    notAWorkbookButKind: (p: { file: string; kind: string }) =>
      t`${p.file}不是 Excel 工作簿（而是${p.kind}）`,
    notAWorkbook: (p: { file: string }) =>
      t`${p.file}不是 Excel 工作簿（.xlsx 文件是 zip 压缩包，而此文件不是）`,
    xls: (p: { file: string }) =>
      t`${p.file}是 Excel 97-2003 工作簿：请在 Excel 中将其另存为 .xlsx（或 CSV），然后检查另存的文件`,
    otherSpreadsheet: (p: { file: string }) =>
      t`${p.file}：请将其另存为 .xlsx 工作簿或 .csv 文件，然后检查另存的文件`,
    unknownType: (p: { file: string; extension: string }) =>
      t`${p.file}：未知的文件类型“${p.extension}”；请给出 .xlsx 工作簿或 .csv 文件`,
    noExtension: (p: { file: string }) => t`${p.file}：未知的文件类型；请给出 .xlsx 工作簿或 .csv 文件`,
    utf16WithoutBom: (p: { file: string }) =>
      t`${p.file}看起来是不带字节顺序标记（BOM）的 UTF-16 文本，无法安全读取：请在 Excel 中将其另存为“CSV UTF-8（逗号分隔）”或“Unicode 文本”`,
    notCsvButKind: (p: { file: string; kind: string }) => t`${p.file}不是 CSV 文本文件（而是${p.kind}）`,
    notCsv: (p: { file: string }) => t`${p.file}不是 CSV 文本文件`,
    unreadableWorkbook: (p: { file: string; reason: string }) =>
      t`${p.file}无法作为 Excel 工作簿读取：${p.reason}`,
    cutShort: "文件不完整（下载或复制未完成？）",
    notValidZip: "它不是有效的 zip 压缩包",
    kinds: {
      png: "PNG 图片",
      jpeg: "JPEG 图片",
      pdf: "PDF 文档",
      gif: "GIF 图片",
      gzip: "gzip 压缩包",
      zip: "zip 压缩包或 .xlsx 工作簿",
    },
    sheetOfFile: (p: { file: string; sheet: string }) => t`${p.file}，工作表“${p.sheet}”`,
    problemAt: (p: { source: string; problem: string }) => t`${p.source}：${p.problem}`,
    changedWhileRead: (p: { file: string }) =>
      t`${p.file} 在检查过程中发生了变化（文件会被读取两次：先确定布局和货件，再检查并复制各行）。请在没有程序写入该文件时重新检查`,
  },

  csv: {
    inFile: (p: { file: string; problem: string }) => t`${p.file}，${p.problem}`,
    unclosedQuoteLine: (p: { line: number }) =>
      t`第${p.line}行：${OPEN_QUOTE}，但该引号没有闭合，因此该行的其余部分会被读作一个单元格。${QUOTE_FIX}`,
    unclosedQuoteFile: (p: { line: number; rest: number }) =>
      t`第${p.line}行：${OPEN_QUOTE}，但该引号没有闭合，因此文件的其余部分（还有${f.count(p.rest)}行）会被读作一个单元格。${QUOTE_FIX}`,
    misplacedQuote: (p: { line: number; closes: number }) =>
      t`第${p.line}行：${OPEN_QUOTE}，但该引号直到第${p.closes}行才在其他文本中间闭合，因此其间的各行会被读作一个单元格。请在第${p.line}行补上闭合引号，或将字段内的引号写成两个（""）`,
    longCell: (p: { line: number; length: number; limit: number }) =>
      t`第${p.line}行：从这里开始的一个字段有${f.count(p.length)}个字符，超过了 Excel 一个单元格可容纳的${f.count(p.limit)}个；通常是某个引号（"）闭合得太晚。请从该行起检查引号`,
    valuesBeyondHeader: (p: {
      line: number;
      values: number;
      headers: number;
      value: string;
      column: number;
      more: number;
    }) =>
      t`第${p.line}行：${f.count(p.values)}个值对应${f.count(p.headers)}个列标题：“${p.value}”（第${p.column}列）${p.more === 0 ? "" : t`及其后的${f.count(p.more)}个值`}没有标题。在以逗号分隔的文件中，带小数逗号的数字（12,99）会被读作两个值，使该行其余内容右移一列。请给这类数字加上引号（"12,99"），或以分号作为分隔符保存文件，或为多出的列加上标题`,
  },

  workbook: {
    noWorksheets: (p: { file: string }) => t`${p.file}中没有工作表：这是 Excel 工作簿吗？`,
    noWorkbookInside: (p: { file: string }) => t`${p.file}中找不到工作簿：这是 Excel 工作簿吗？`,
    noSuchSheet: (p: { file: string; wanted: string; sheets: readonly string[] }) =>
      t`${p.file}中没有工作表“${p.wanted}”：其中的工作表为${quoted(p.sheets).join("、")}`,
    readingStopped: (p: { file: string; part: string }) =>
      t`${p.file}无法作为 Excel 工作簿读取：读取${p.part}时未到结尾即已中断。${REPAIR_IN_EXCEL}`,
    partDamaged: (p: { file: string; part: string; reason: string }) =>
      t`${p.file}无法作为 Excel 工作簿读取：${p.part}已损坏：${p.reason}。${REPAIR_IN_EXCEL}`,
    partMethod: (p: { file: string; part: string; method: number }) =>
      t`${p.file}无法作为 Excel 工作簿读取：${p.part}使用了压缩方法${p.method}，而 Excel 不使用这种方法。${REPAIR_IN_EXCEL}`,
    parts: {
      part: (p: { part: string }) => t`部件${p.part}`,
      partAbout: (p: { part: string; about: string }) => t`部件${p.part}（${p.about}）`,
      sharedStrings: "单元格文本",
      styles: "单元格格式",
      workbook: "工作表列表",
      workbookLinks: "工作簿部件列表",
      aSheet: "某个工作表",
      sheet: (p: { sheet: string }) => t`工作表“${p.sheet}”`,
      linksOfASheet: "某个工作表的链接",
      linksOfSheet: (p: { sheet: string }) => t`工作表“${p.sheet}”的链接`,
    },
    zip: {
      cutShort: "文件不完整（下载或复制未完成？）",
      noDirectory: "文件不完整，或不是 zip 压缩包（没有中央目录）",
      directoryDamaged: "zip 目录已损坏",
      dataDamaged: "其压缩数据无法解压",
      checksum: "其内容与随附的校验和不符",
    },
  },

  run: {
    stalledStarting: (p: { file: string }) =>
      t`${p.file}：检查在完成前停止（启动时）；未写入检查结果工作簿。${RESAVE}`,
    stalledReading: (p: { file: string }) =>
      t`${p.file}：检查在完成前停止（读取文件时）；未写入检查结果工作簿。${RESAVE}`,
    stalledChecking: (p: { file: string; out: string }) =>
      t`${p.file}：检查在完成前停止（检查各行并写入${p.out}时）；未写入检查结果工作簿。${RESAVE}`,
    neverFinished: "检查在完成前停止；未写入检查结果工作簿",
    interrupted: (p: { signal: string }) => t`已中断（${p.signal}）：检查未完成`,
    interruptedRemoved: (p: { signal: string }) => t`已中断（${p.signal}）：检查未完成；未完成的工作簿已删除`,
    internalError: (p: { problem: string }) => t`内部错误，请报告此问题：${p.problem}`,
    workerStopped: (p: { code: number }) => t`评估线程已停止（退出代码${p.code}）`,
  },

  summary: {
    checked: (p: { file: string; rows: number; headerRow: number }) =>
      t`已检查${p.file}：${f.count(p.rows)}行，标题行位于第${p.headerRow}行`,
    checkedSheet: (p: { file: string; sheet: string; rows: number; headerRow: number }) =>
      t`已检查${p.file}的工作表“${p.sheet}”：${f.count(p.rows)}行，标题行位于第${p.headerRow}行`,
    labels: {
      status: "状态",
      fineExposure: "潜在罚款",
      outstandingDuty: "少缴关税",
      shipmentsExposed: "可能被扣留的货件",
      importVat: "进口增值税",
      lowValueDuty: "低价值货件关税",
      reducedVat: "增值税低税率",
      licences: "许可证和证书",
      ignoredColumns: "已忽略的费用列",
      notUsed: "未读取的列",
      cellsCleaned: "已清理的单元格",
      hiddenRows: "隐藏行",
      rowsAndColumns: "行和列",
      settings: "设置",
      checkedWorkbook: "检查结果工作簿",
    },
    statusCount: (p: { status: string; count: number }) => `${p.status} ${f.count(p.count)}`,
    hsCodes: (p: { codes: string }) => t`低报的 HS 编码：${p.codes}`,
    importVatPaid: (p: { amount: string }) => t`进口时缴纳：${p.amount}`,
    importVatDeferred: (p: { amount: string }) => t`递延（ET 14.000）：${p.amount}`,
    importVatExempt: (p: { amount: string }) => t`免征（42 号程序）：${p.amount}`,
    ignoredColumns: (p: { columns: readonly string[] }) => t`${p.columns.join("、")}（海关不予扣除的费用）`,
    columns: (p: { columns: readonly string[] }) => p.columns.join("、"),
    notableAll: "状态为 RISK 或 ERROR 的行：",
    notableFirst: (p: { shown: number; total: number }) =>
      t`状态为 RISK 或 ERROR 的行（共${f.count(p.total)}行，以下为前${f.count(p.shown)}行）：`,
    notableRow: (p: {
      row: number;
      sku: string;
      status: string;
      flags: readonly string[];
      explanation: string;
    }) =>
      `${t`第${p.row}行`}${p.sku === "" ? "" : ` ${p.sku}`}：${p.status} ${p.flags.join(", ")}。${p.explanation}`,
  },

  checkedSheetSplit: (p: { sheets: readonly string[]; rows: number }) =>
    t`检查结果工作表分为 ${f.count(p.sheets.length)} 个工作表，每个最多 ${f.count(p.rows)} 行（${p.sheets.join("、")}），每个都以标题行开头`,
  proFormaSplit: (p: { sheets: readonly string[]; rows: number }) =>
    t`形式发票分为 ${f.count(p.sheets.length)} 个工作表，每个最多 ${f.count(p.rows)} 行（${p.sheets.join("、")}），每个都以列标题开头`,
  cleanedCells: (p: { cells: readonly string[]; more: number }) =>
    t`${p.cells.join("、")}${p.more > 0 ? t`及另外${f.count(p.more)}个单元格` : ""}（已删除 Excel 无法存储的字符）`,
  hiddenRows: (p: { rows: readonly string[]; count: number; more: number }) =>
    t`第${p.rows.join("、")}行${p.more > 0 ? t`及另外${f.count(p.more)}行` : ""}（在输入文件中已隐藏，在检查结果工作簿中仍隐藏）`,

  summarySheet: {
    title: (p: { file: string }) => t`海关估价检查：${p.file}`,
    file: "文件",
    sheet: "工作表",
    format: "格式",
    csvTab: "CSV，分隔符为制表符",
    csvSeparator: (p: { separator: string }) => t`CSV，分隔符为“${p.separator}”`,
    checkedAt: "检查时间",
    headerRow: "标题行",
    unmappedColumns: "未读取的列",
    columnsRead: "已读取的列",
    settings: "设置",
    vatTable: "增值税税率表",
    proForma: "形式发票",
    vatDeferral: "增值税递延",
    rowsAndColumns: "行和列",
    cellsCleaned: "已清理的单元格",
    hiddenRows: "隐藏行",
    notes: "备注",
    notesText:
      "金额以欧元计。检查后的工作表保存输入文件中的值（公式保存为其结果）；输入文件的其他工作表不会被复制。输入文件未被修改。",
    list: (p: { items: readonly string[] }) => (p.items.length === 0 ? "无" : p.items.join("、")),
  },

  progress: {
    reading: "读取中",
    checking: "检查中",
    kilobytes: "kB",
    rows: "行",
    perSecond: "行/秒",
    timeLeft: "剩余",
  },
});
