/**
 * The task pane's words in Simplified Chinese: the words Chinese cross-border sellers, forwarders and their customs
 * brokers use (docs/glossary.md), in the style of src/engine/lang/zh.ts and src/sheet/lang/zh.ts. Chinese writing
 * puts a space between Chinese characters and Latin letters or digits (“HS 编码”, “第 4 行”) but none beside
 * full-width punctuation: `t` joins a sentence's words and its values that way, and `spaced` spaces a list that Intl
 * joined (“检查货件和填写增值税税率”). Chinese has no plural: one form says one and many. Names of sheets, tables and
 * the add-in's actions inside a sentence are in “ ”; Excel's own menus are named as Chinese Excel names them.
 */
import { type Catalogue, chineseText, chineseSpaced } from "../../src/engine";
import type { Status } from "../../src/sheet";
import type { ActionName } from "../actions/action-result";
import type { PaneWords } from "./en";

/** The Chinese catalogues' sentences: spaced where Latin or digits meet Chinese (src/engine/language.ts). */
const t = chineseText;

const spaced = chineseSpaced;

/** A sentence from elsewhere (the engine's reason), closed with “。” when it does not end in a full stop. */
const closed = (text: string): string => (/[。！？.!?]$/.test(text) ? text : `${text}。`);

/** The actions' names, as their buttons say them and the sentences that tell to run one again name them. */
const CHECK = "检查货件";
const FILL_VAT = "填写增值税税率";
const SHARE_COSTS = "分摊费用";
const PRO_FORMA = "形式发票";
const VAT_STATEMENT = "增值税递延明细表";

/**
 * The answers to a question: en.ts's type keeps their English words as literal types (its entries return one of two
 * fixed texts), so each Chinese answer is said to be of the English entry's type.
 */

export const zh: Catalogue<PaneWords> = (f) => {
  const rows = (n: number) => t`${f.count(n)}行`;
  const rowsOf = (p: { done: number; total: number }) => t`${f.count(p.done)} / ${f.count(p.total)} 行`;
  const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join("、");
  // Words chosen by a parameter's value are switches, not table lookups (see en.ts).
  const statuses = (status: Status) =>
    status === "OK" ? "正常" : status === "REVIEW" ? "待复核" : status === "RISK" ? "风险" : "错误";
  /** What each action writes, as the sentence about a write that stopped names it. */
  const written = (action: ActionName) => {
    switch (action) {
      case "check":
        return "结果";
      case "fillVat":
        return "增值税税率";
      case "shareCosts":
        return "分摊的费用";
      case "proForma":
        return "形式发票行项目";
      default:
        return "明细表行";
    }
  };
  const stale = (why: string, p: { action: string; sheet: string }) =>
    t`已过时：${why}。这是当时对“${p.sheet}”执行“${p.action}”的结果；请重新运行以获得最新结果。`;
  /** What replaces a sheet of the add-in's that the user edited, and how a question names such sheets. */
  const editedKinds = (kind: "proForma" | "vatStatement") =>
    kind === "proForma"
      ? { sheet: "形式发票工作表", replacement: "新的形式发票" }
      : { sheet: "增值税递延工作表", replacement: "新的明细表" };

  return {
    title: "海关反推申报价值",

    /** The texts of taskpane.html, by the key its elements name in data-words. */
    page: {
      sourceHeading: "货件数据",
      sourceLabel: "要检查的行",
      sourceSheet: "当前工作表（所有已用单元格）",
      sourceSelection: "所选单元格",
      refresh: "重新读取工作表",
      actionsHeading: "操作",
      actionsHint:
        "只写入本加载项自己的列和工作表，以及空白的增值税税率单元格。每次运行都会在“审计日志”工作表中添加一行。",
      cancel: "取消",
      shareHeading: "分摊货件费用",
      shareHint:
        "按单件重量 × 数量将货件的各项发票金额分摊到各行（以欧分计，各行之和与总额分毫不差），并将每件金额写入“运费”“尾程派送”和“操作费”列（仅写入空白单元格或本加载项先前填写的单元格）。",
      shareFreight: "运费总额（欧盟境内，进口后）",
      shareLastMile: "尾程派送总额",
      shareHandling: "操作费总额",
      shareShipment: "货件（留空：所有行）",
      mappingHeading: "列映射",
      mappingHint: "本加载项为每个字段读取的列。如识别有误，请在此更正；所作选择保存在工作簿中。",
      mappingReset: "使用自动识别的列",
      settingsHeading: "设置",
      settingsHint: "保存在工作簿中，同事打开该工作簿时会得到相同的结果。",
      paneLanguage: "任务窗格的语言",
      paneLanguageAutomatic: "Office 的语言（自动）",
      workbookLanguage: "写入工作簿的文字所用的语言",
      /** The test pseudo-locale, offered only while the workbook's language is it (the browser tests). */
      pseudoLocale: "伪区域设置（qps-ploc）",
      declarationDate: "申报日期（留空：今天）",
      datePlaceholder: "YYYY-MM-DD",
      tolerance: "低于反推价值的容差（每件 EUR）",
      vatDeferral: "增值税递延（需要目的国的增值税号）",
      offenceLevel: "违规次数",
      offence1: "第 1 次违规",
      offence2: "第 2 次违规",
      offence3: "第 3 次违规（列入黑名单）",
      fineFirst: "首次违规罚款（每个 HS 编码，EUR）",
      fineSecond: "第二次违规罚款（每个 HS 编码，EUR）",
      exchangeRates: "汇率，每欧元单位数（每行一项 CUR=RATE）",
      dutyRates: "按 HS 编码前缀设定的关税税率（每行一项 PREFIX=RATE）",
      vatRates: "按目的国和 HS 编码前缀设定的增值税低税率（每行一项 CC:PREFIX=RATE）",
      channel: "未填渠道的行所用的渠道",
      channelStock: "备货（FBA、B2B）",
      channelB2C: "B2C 包裹",
      lowValueItemDigits: "低价值货件的一个品目按几位子目计",
      digits8: "8 位（CN）",
      digits6: "6 位（HS）",
      controlledGoods: "标记需许可证或证书的商品",
      saveSettings: "保存设置",
      helpHeading: "正常、待复核、风险和错误分别表示什么？",
      helpOK: "申报价值不低于海关计算的反推价值。无需处理。",
      helpReview:
        "请在货件发出前查看：有需要确认的值、需要核实的链接或增值税号，或者同一货件中的另一行使该货件面临被扣留的风险。",
      helpRisk: "低报：申报价值低于反推价值。海关会按每个 HS 编码处以罚款，并可能扣留整个货件。",
      helpError: "该行无法计算：某个值缺失或无法读取。该行的“说明”会指出是哪个值以及如何更正。",
      helpFlags: "工作表中的“标记”列保留代码（供筛选和公式使用）；“说明”列以文字说明这些代码。",
      supportLink: "帮助与支持",
    },

    /** Each action's name, as its button, the status line, the refusals and the Audit sheet say it. */
    actions: {
      fillVat: FILL_VAT,
      check: CHECK,
      shareCosts: SHARE_COSTS,
      proForma: PRO_FORMA,
      vatStatement: VAT_STATEMENT,
    } satisfies Readonly<Record<ActionName, string>>,

    /** A row's status in words, beside its code's colour (the Status column keeps the code). */
    statuses: {
      OK: statuses("OK"),
      REVIEW: statuses("REVIEW"),
      RISK: statuses("RISK"),
      ERROR: statuses("ERROR"),
    } satisfies Readonly<Record<Status, string>>,

    /** The status line at the top of the pane. */
    status: {
      loading: "正在加载…",
      readingWorkbook: "正在读取工作簿…",
      excelSlow: "Excel 尚未响应：可能仍在计算工作簿。Excel 一响应，任务窗格就会读取工作表。",
      stopped: "加载项已停止；请查看下方的消息。",
      cancelled: "已取消。",
      settingsNotSaved: "设置未保存：请查看“设置”中的消息。",
      settingsSaved: "设置已保存到此工作簿。",
      read: (p: { source: string }) => t`已读取${p.source}。`,
      ready: (p: { source: string }) => t`就绪：${p.source}。请选择一项操作。`,
      running: (p: { action: string }) => t`${p.action}…`,
      nothingWritten: (p: { action: string }) => t`${p.action}：未写入任何内容。`,
      asks: (p: { action: string }) => t`“${p.action}”在写入前需要您确认：请看旁边的问题。`,
      selectedRow: (p: { row: number; sheet: string }) => t`已在“${p.sheet}”中选中第${p.row}行。`,
      showingSheet: (p: { sheet: string }) => t`正在显示“${p.sheet}”。`,
      notInExcel: "本加载项在 Excel 中运行。请从 Excel 打开：开始 › 检查货件。",
      waitingForExcel:
        "仍在等待 Excel 启动本加载项。在 Excel 之外不会有任何反应：请从 Excel 打开，开始 › 检查货件。",
    },

    /** The progress label of a running action, by phase (ProgressPhase). */
    progress: {
      readingFor: (p: { action: string }) => t`${p.action}：正在读取工作表…`,
      cancelling: "正在取消，当前部分写完后停止…",
      readingSheet: (p: { done: number; total: number }) => t`正在读取工作表：${rowsOf(p)}`,
      writing: (p: { done: number; total: number }) => t`正在写入：${rowsOf(p)}`,
      writingResults: (p: { done: number; total: number }) => t`正在写入结果：${rowsOf(p)}`,
      fillingVatRates: (p: { done: number; total: number }) => t`正在填写增值税税率：${rowsOf(p)}`,
      sharingCosts: (p: { done: number; total: number }) => t`正在分摊费用：${rowsOf(p)}`,
      writingProForma: (p: { done: number; total: number }) => t`正在写入形式发票工作表：${rowsOf(p)}`,
      writingStatement: (p: { done: number; total: number }) => t`正在写入增值税递延明细表：${rowsOf(p)}`,
      readingProForma: (p: { done: number; total: number }) => t`正在读取形式发票工作表：${rowsOf(p)}`,
      readingStatement: (p: { done: number; total: number }) => t`正在读取增值税递延工作表：${rowsOf(p)}`,
      checking: (p: { done: number; total: number }) => t`正在检查：${rowsOf(p)}`,
      summingUp: (p: { done: number; total: number }) => t`正在汇总：${rowsOf(p)}`,
    },

    /** Errors the pane says in its own words. */
    errors: {
      cancelledReading: "读取工作表时已取消：未写入任何内容。",
      excelFailed: (p: { error: string }) =>
        t`Excel 无法完成该请求（${p.error}）。最后一个已完成步骤之后的内容均未写入；请重试。如果再次出现，请保存工作簿并重新打开。`,
      unexpected: (p: { error: string }) => t`出现问题：${p.error}。未再写入任何内容。`,
      settingNeedsFixing: (p: { action: string }) =>
        t`“${p.action}”未运行：有一项设置需要更正（请查看“设置”）。`,
      /** A setting refused by the sheet logic: its message (field, problem, fix) from the engine's catalogue. */
      setting: (p: { message: string }) => t`设置中的${p.message}`,
      noTable: (p: { table: string }) => t`名为“${p.table}”的表格已不存在。请重新选择货件数据。`,
      noSelection: (p: { error: string }) =>
        t`Excel 无法提供所选区域（${p.error}）。请选择一个连续的单元格区域（包括标题行），然后重试。`,
      sheetEmpty: (p: { sheet: string }) =>
        t`工作表“${p.sheet}”为空。请打开货件表（或选择其中的单元格），然后重试。`,
      oneCell: "只选择了一个单元格。请选择货件的标题行和各行（或选择整张工作表），然后重试。",
      selectionOutside: (p: { selection: string; sheet: string }) =>
        t`所选区域（${p.selection}）不包含工作表“${p.sheet}”中任何已使用的单元格。请选择货件的标题行和各行（或选择整张工作表），然后重试。`,
      missingValues: (p: { sheet: string; first: number; last: number }) =>
        t`Excel 返回了工作表“${p.sheet}”的${p.first === p.last ? t`第${p.first}行` : t`第${p.first}–${p.last}行`}，却没有其中的值，即使只请求一半的行也是如此（网页版 Excel 在一次读取超出其大小限制时会这样）。未写入任何内容。请选择较少的行或列，然后重试。`,
      /** A sheet the sheet logic cannot read (its problem, in its words), and the cells that were read. */
      unreadable: (p: { problem: string; source: string }) => t`${p.problem}（已读取${p.source}）。`,
    },

    /** Why the result on screen no longer describes the sheet, above it. */
    stale: {
      settings: (p: { action: string; sheet: string }) => stale("设置已更改", p),
      columns: (p: { action: string; sheet: string }) => stale("列或要检查的行已更改", p),
      otherSheet: (p: { active: string; action: string; sheet: string }) =>
        stale(t`当前活动工作表已变为“${p.active}”`, p),
      unreadable: (p: { action: string; sheet: string }) => stale("无法重新读取该工作表", p),
    },

    /** The shipment data: where the rows come from and what the pane found in them. */
    source: {
      table: (p: { table: string }) => t`表格${p.table}`,
      info: (p: { source: string; columns: number; recognised: number }) =>
        t`${p.source}：${f.count(p.columns)}列，已识别${f.count(p.recognised)}列。`,
      /** The sheet logic's problems with the columns, in its words. */
      problems: (p: { problems: readonly string[] }) => `${p.problems.join("；")}。`,
      needsColumns: (p: { actions: readonly string[]; columns: readonly string[] }) =>
        t`${spaced(f.and(p.actions.map((action) => `“${action}”`)))}需要${p.columns.map((column) => `“${column}”列`).join("和")}：请在“列映射”中选择。`,
    },

    mapping: {
      notInSheet: "— 此工作表中没有 —",
      header: (p: { header: string; letter: string }) => `${p.header}（${p.letter}）`,
    },

    /** Sheet rows in a sentence: “第 2–9 行”“第 4 行”“第 2、5 行及另外 8 行”. */
    rows: {
      none: "无",
      one: (p: { row: number }) => t`第${p.row}行`,
      range: (p: { first: number; last: number }) => t`第${f.count(p.first)}–${f.count(p.last)}行`,
      list: (p: { rows: readonly string[]; more: number }) =>
        p.more > 0 ? t`第${p.rows.join("、")}行及另外${f.count(p.more)}行` : t`第${p.rows.join("、")}行`,
    },

    /** An action's questions before it writes over the user's work, and their answers. */
    questions: {
      notNow: "暂不",
      typedCell: (p: { address: string; text: string }) => t`${p.address}（“${p.text}”）`,
      typedCells: (p: { cells: number; columns: readonly string[]; named: readonly string[] }) => {
        const more = p.cells > p.named.length ? t`及另外${f.count(p.cells - p.named.length)}个` : "";
        return t`自上次运行以来，本加载项的${quoted(p.columns)}列中有${f.count(p.cells)}个单元格被手动输入了内容：${p.named.join("、")}${more}。“${CHECK}”会用结果覆盖这些内容。保留原样（本加载项会写入其他所有单元格），还是覆盖？`;
      },
      keepTyped: (_p: { cells: number }) => "保留我的单元格",
      overwriteTyped: (_p: { cells: number }) => "覆盖",
      editedCell: (p: { address: string; text: string }) => t`${p.address}“${p.text}”`,
      editedSheet: (p: { sheet: string; cells: readonly string[] }) =>
        `“${p.sheet}”${p.cells.length === 0 ? "" : `（${p.cells.join("、")}）`}`,
      /** Sheets of the add-in's (kind: proForma or vatStatement) that the user edited since it wrote them. */
      editedSheets: (p: {
        kind: "proForma" | "vatStatement";
        sheets: readonly string[];
        kept: readonly string[];
      }) => {
        const kind = editedKinds(p.kind);
        return p.sheets.length === 1
          ? t`${kind.sheet}“${p.sheets[0]}”在本加载项写入后已被更改。保留您的工作表（重命名为“${p.kept[0]}”）并在其旁边写入${kind.replacement}，还是替换它？`
          : t`有${f.count(p.sheets.length)}个${kind.sheet}在本加载项写入后已被更改：${p.sheets.map((sheet, index) => `“${sheet}”保留为“${p.kept[index]}”`).join("；")}。以这些名称保留您的工作表并在其旁边写入${kind.replacement}，还是替换它们？`;
      },
      keepSheets: (_p: { sheets: number }) => "保留我的工作表",
      replaceSheets: (_p: { sheets: number }) => "替换",
      keptEdited: (p: { kept: readonly string[] }) =>
        t`已将您编辑过的工作表保留为${quoted(p.kept)}；本加载项不会再改动。`,
    },

    /** Why the add-in refuses to write into a column it has no record of writing. */
    ownership: {
      formulasInColumn: (p: { letter: string; header: string; rows: string; action: string }) =>
        t`${p.letter}列“${p.header}”中有不是本加载项写入的公式（${p.rows}），因此未写入任何内容。请重命名或移动该列，然后重新运行“${p.action}”。`,
      dataInColumn: (p: { letter: string; header: string; action: string }) =>
        t`${p.letter}列“${p.header}”中已有不是本加载项写入的数据，因此本加载项未写入任何内容。如要保留这些值，请重命名或移动该列；如不再需要，请清除该列的单元格。然后重新运行“${p.action}”。`,
      formulasInCells: (p: { letter: string; header: string; rows: string }) =>
        t`${p.letter}列“${p.header}”的${p.rows}中有公式；本加载项从不覆盖公式，因此未写入任何内容。请清除这些单元格，或手动分摊费用。`,
      valuesInCells: (p: { letter: string; header: string; rows: string }) =>
        t`${p.letter}列“${p.header}”的${p.rows}中已有不是本加载项写入的值，因此未写入任何内容。如分摊的费用应取代这些值，请清除这些单元格，然后重新运行“${SHARE_COSTS}”。`,
    },

    /** A write that stopped before the end: in the result, and (audit*) in the Audit line and the result's heading. */
    stopped: {
      cancelled: (p: { action: ActionName; done: number; planned: number }) =>
        t`您已取消：${written(p.action)}已写入${f.count(p.planned)}行中的${f.count(p.done)}行；其余各行未写入。本加载项已记录写入的内容，因此再次运行该操作即可完成。`,
      byExcel: (p: { action: ActionName; error: string; done: number; planned: number }) =>
        t`Excel 中止了写入（${p.error}）：${written(p.action)}已写入${f.count(p.planned)}行中的${f.count(p.done)}行；其余各行未写入。本加载项已记录写入的内容，因此再次运行该操作即可完成。`,
      auditCancelled: (p: { done: number; planned: number }) =>
        t`已取消：已写入${f.count(p.planned)}行中的${f.count(p.done)}行`,
      auditByExcel: (p: { done: number; planned: number }) =>
        t`被 Excel 中止：已写入${f.count(p.planned)}行中的${f.count(p.done)}行`,
    },

    /** The Audit line's Source: the rows read and the run, in the workbook's language. */
    audit: {
      source: (p: { source: string; run: string }) => `${p.source}（${p.run}）`,
      stoppedRun: (p: { action: string; note: string }) => `${p.action}；${p.note}`,
      shareCostsOf: (p: { shipment: string }) => t`${SHARE_COSTS}（货件${p.shipment}）`,
      /** The name an edited sheet of the add-in's is kept under, in the workbook. */
      editedSheetName: (p: { sheet: string }) => `${p.sheet}（已编辑）`,
    },

    check: {
      updatedInPlace: (p: { rows: number; source: string; first: string; last: string }) =>
        t`已检查${p.source}中的${rows(p.rows)}。已就地更新${p.first}–${p.last}列。`,
      wroteColumns: (p: {
        rows: number;
        source: string;
        letters: readonly string[];
        headers: readonly string[];
      }) =>
        t`已检查${p.source}中的${rows(p.rows)}。已将结果写入${p.letters.join("、")}列（${p.headers.join("、")}）。`,
      keptTyped: (p: { cells: number }) =>
        t`您在本加载项的列中输入内容的${f.count(p.cells)}个单元格保持原样：只要其中仍是您输入的内容，本加载项就不会覆盖。`,
    },

    vat: {
      refreshed: (p: { count: number }) =>
        t`已重新计算本加载项先前填写的${f.count(p.count)}个增值税税率：此后该行的目的国或日期，或申报日期已发生变化。`,
      cleared: (p: { count: number }) =>
        t`已清除本加载项先前填写的${f.count(p.count)}个增值税税率：该行已无法得出税率（其说明列出了原因）。`,
      nothingToFill: "没有需要填写的空白增值税税率单元格：每一行都已有税率（或没有可据以确定税率的目的国）。",
      nothingToFillOwnRight: "没有需要填写的空白增值税税率单元格，且本加载项先前填写的税率仍然正确。",
      filled: (p: { count: number; column: string }) =>
        t`已在${p.column}列中填写${f.count(p.count)}个空白的增值税税率单元格，所填为目的国在该行日期（或申报日期）适用的标准税率。您输入的税率保持不变。`,
      addedColumn: (p: { header: string; column: string }) => t`已添加“${p.header}”列（${p.column}）。`,
      /** A row left empty and why (the sheet logic's reason). */
      rowNotFilled: (p: { row: number; reason: string }) => t`第${p.row}行：${closed(String(p.reason))}`,
      rowFormula: (p: { row: number }) => t`第${p.row}行：增值税税率单元格中是公式；本加载项未改动它。`,
      notFilled: (p: { rows: readonly string[]; more: number }) =>
        t`未填写：${p.rows.join("")}${p.more > 0 ? t`另有${f.count(p.more)}行。` : ""}`,
    },

    share: {
      /** The totals' fields as a refusal of what was typed names them. */
      freightTotal: "运费总额",
      lastMileTotal: "尾程派送总额",
      handlingTotal: "操作费总额",
      totals: "货件总额",
      notShared: (p: { problems: readonly string[]; more: number }) =>
        t`费用未分摊：${p.problems.join("；")}${p.more > 0 ? t`；另有${f.count(p.more)}个问题` : ""}。`,
      cost: (p: { header: string; amount: number }) => `${p.header} ${f.money(p.amount)}`,
      shared: (p: { costs: readonly string[]; rows: string }) =>
        t`已按单件重量 × 数量将${p.costs.join("、")}分摊到${p.rows}，以欧分计，各行之和与总额一致。`,
      sharedInShipment: (p: { costs: readonly string[]; rows: string; shipment: string }) =>
        t`已按单件重量 × 数量将${p.costs.join("、")}分摊到货件${p.shipment}的${p.rows}，以欧分计，各行之和与总额一致。`,
      column: (p: { header: string; letter: string }) => `${p.header}（${p.letter}）`,
      wrote: (p: { columns: readonly string[] }) =>
        t`已将每件金额写入${p.columns.join("、")}。请运行“${CHECK}”查看其影响。`,
    },

    /** How the sheets the add-in writes whole are printed, and the settings Excel did not keep. */
    print: {
      atFullSize: "A4 横向，按 100 % 打印，每页都打印标题行。",
      onePageWide: "A4 横向，缩放为一页宽，每页都打印标题行。",
      mixed: (p: { fullSize: readonly string[]; onePageWide: readonly string[] }) =>
        t`A4 横向，每页都打印标题行；按 100 % 打印：${quoted(p.fullSize)}；缩放为一页宽：${quoted(p.onePageWide)}。`,
      a4: "A4",
      landscape: "横向",
      fullSize: "100 %",
      pageWide: "一页宽",
      /** Where Excel sets each (the names of Excel's own menus). */
      sizeMenu: "页面布局 > 纸张大小",
      orientationMenu: "页面布局 > 纸张方向",
      scaleMenu: "页面布局 > 调整为合适大小",
      notKept: (p: { setting: string; sheets: readonly string[]; menu: string }) =>
        t`Excel 未在工作表${quoted(p.sheets)}上保留打印设置“${p.setting}”：请在打印前通过“${p.menu}”设置。`,
    },

    proForma: {
      created: (p: { sheets: readonly string[]; print: string }) =>
        t`已创建${f.count(p.sheets.length)}个形式发票工作表：${quoted(p.sheets)}。${p.print}`,
      createdOrReplaced: (p: { sheets: readonly string[]; print: string }) =>
        t`已创建或替换${f.count(p.sheets.length)}个形式发票工作表：${quoted(p.sheets)}。${p.print}`,
      nameTaken: (p: { wanted: readonly string[]; used: readonly string[] }) =>
        t`您已有名为${quoted(p.wanted)}的工作表；该工作表保持不变，形式发票已写入${quoted(p.used)}。`,
      leftOut: (p: { rows: string }) =>
        t`以下行因存在错误而未列入（请修正后重新运行“${PRO_FORMA}”）：${p.rows}。`,
    },

    vatStatement: {
      created: (p: { sheet: string; lines: number; print: string }) =>
        t`已在工作表“${p.sheet}”上创建增值税递延明细表：按货件、增值税方式、目的国和增值税税率列出${f.count(p.lines)}行，并附各增值税方式的合计。${p.print}`,
      replaced: (p: { sheet: string; lines: number; print: string }) =>
        t`已替换工作表“${p.sheet}”上的增值税递延明细表：按货件、增值税方式、目的国和增值税税率列出${f.count(p.lines)}行，并附各增值税方式的合计。${p.print}`,
      nameTaken: (p: { wanted: string; used: string }) =>
        t`您已有名为“${p.wanted}”的工作表；该工作表保持不变，明细表已写入“${p.used}”。`,
      leftOut: (p: { rows: string }) =>
        t`以下行因无法算出其进口增值税而未列入（请修正后重新运行“${VAT_STATEMENT}”）：${p.rows}。`,
    },

    /** The result of an action: the summary, the flagged rows, the status line and the heading. */
    result: {
      proFormaSheets: "形式发票工作表",
      goTo: (p: { sheet: string }) => t`转到“${p.sheet}”`,
      summary: "汇总",
      rowsByStatus: "各状态的行数",
      /** A status tile's count of rows. */
      tileCount: (p: { count: number }) => f.count(p.count),
      sheetNotes: "行和列",
      showWholeList: (p: { count: number }) => t`显示全部${f.count(p.count)}项`,
      noRowsFlagged: "没有被标记的行",
      rowsToLookAt: (p: { count: number }) => t`需要查看的行（${f.count(p.count)}）`,
      skipFlagged: "跳过被标记的行",
      chooseRow: "点击某一行即可在工作表中选中该行。",
      filterLabel: "按状态显示行",
      filterAll: (p: { count: number }) => t`全部（${f.count(p.count)}）`,
      filterStatus: (p: { status: Status; count: number }) => t`${statuses(p.status)}（${f.count(p.count)}）`,
      section: (p: { status: Status; count: number }) => t`${statuses(p.status)}（${f.count(p.count)}）`,
      shipment: (p: { shipment: string }) => t`货件${p.shipment}`,
      shipmentAtRisk: (p: { shipment: string }) => t`货件${p.shipment}（有被扣留的风险）`,
      noShipment: "无货件号",
      /** A shipment's rows at risk of detention: `listed` row numbers named, `more` beyond them. */
      detention: (p: { shipment: string; count: number; listed: readonly string[]; more: number }) =>
        t`货件${p.shipment}：有${rows(p.count)}可能随该货件一同被扣留（第${p.listed.join("、")}行${p.more > 0 ? t`及另外${f.count(p.more)}行` : ""}）。`,
      detentionOnly: (p: { count: number }) =>
        t`另有${f.count(p.count)}行被标记，只是因为其所在货件中有一行存在风险：请在“${statuses("RISK")}”下查看其货件。`,
      showing: (p: { shown: number; total: number }) =>
        t`已显示${f.count(p.shown)}项，共${f.count(p.total)}项。`,
      showMore: (p: { count: number }) => t`再显示${f.count(p.count)}项`,
      showAll: (p: { count: number }) => t`显示全部${f.count(p.count)}项`,
      restInSheet: "请在工作表中筛选“状态”列以查看全部。",
      row: (p: { row: number }) => t`第${p.row}行`,
      checked: (p: { rows: number; counts: readonly string[] }) =>
        t`已检查${rows(p.rows)}：${p.counts.join("，")}。`,
      statusCount: (p: { status: Status; count: number }) => t`${statuses(p.status)}${f.count(p.count)}行`,
      done: (p: { action: string }) => t`“${p.action}”已完成：结果见下方。`,
      stopped: (p: { action: string; note: string }) => t`“${p.action}”${p.note}；结果见下方。`,
      stoppedHeading: (p: { action: string; note: string }) => t`结果：${p.action}（${p.note}）`,
      heading: (p: { action: string }) => t`结果：${p.action}`,
    },
  };
};
