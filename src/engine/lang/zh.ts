/**
 * The engine's messages in Simplified Chinese, in the words Chinese cross-border sellers, forwarders and their
 * customs brokers use (docs/glossary.md). Chinese writing puts a space between Chinese characters and Latin
 * letters or digits (“HS 编码”, “19 %”) but none beside full-width punctuation: `lead` and `mid` space a value that
 * comes from outside the table (a cell's text, a date) the way its first and last characters need.
 */
import { formatsOf } from "../language";
import type { Language } from "../messages";

const LINK_EXAMPLE = "https://www.amazon.de/dp/B08N5WRWNW";
const ZH = formatsOf("zh");

/** Latin letters, digits and ASCII signs: a space separates them from Chinese characters. */
const ASCII_START = /^[\x21-\x7e]/;
const ASCII_END = /[\x21-\x7e]$/;

/** A value that begins a clause: a space after it when it ends in a Latin letter or digit. */
const lead = (text: string): string => (ASCII_END.test(text) ? `${text} ` : text);
/** A value inside a clause: a space on each side that has a Latin letter or digit. */
const mid = (text: string): string =>
  `${ASCII_START.test(text) ? " " : ""}${text}${ASCII_END.test(text) ? " " : ""}`;
/** Two parts of a sentence put side by side, with a space where Latin meets Chinese or Latin. */
const beside = (first: string, second: string): string =>
  ASCII_END.test(first) || ASCII_START.test(second) ? `${first} ${second}` : `${first}${second}`;
/** A fix said after “或”: without its own “请”. */
const withoutPlease = (fix: string): string => fix.replace(/^请/, "");
/** A date as Chinese writes it: 2026年12月30日. */
const date = (iso: string): string => ZH.date(iso as Parameters<typeof ZH.date>[0]);

export const zh: Language = {
  problems: {
    empty: () => "为空",
    notANumber: ({ shown }, say) => `${lead(say.shown(shown))}不是数字`,
    readsTwoWays: ({ text, asThousands, asDecimal }) =>
      `“${text}”既可读作 ${asThousands}，也可读作 ${asDecimal}`,
    tooLarge: ({ number }) => `${number} 过大（金额须小于 10^12）`,
    tooManyDigits: ({ number, digits }) => `${number} 的有效数字超过 ${digits} 位，超出 Excel 可保留的位数`,
    notMoreThanZero: ({ number }) => `${number} 不大于 0`,
    negative: ({ number }) => `${number} 为负数`,
    notAFraction: ({ number }) => `${number} 不是小于 1 的小数`,
    percentNotBelowHundred: ({ shown }, say) => `${lead(say.shown(shown))}不是低于 100 % 的税率`,
    percentNotAmount: ({ shown }, say) => `${lead(say.shown(shown))}是百分比，不是金额`,
    percentage: ({ shown }, say) => `${lead(say.shown(shown))}是百分比`,
    currencyNotAllowed: ({ shown, host }, say) =>
      `${lead(say.shown(shown))}带有货币，但此${host === "cell" ? "列" : host === "argument" ? "参数" : "设置"}不是金额`,
    inCurrency: ({ shown, codes }, say) => `${lead(say.shown(shown))}是以 ${codes.join(" 或 ")} 计的金额`,
    cellError: ({ error }) => `该单元格包含错误 ${error}`,
    mergedCell: ({ area }) =>
      `该单元格在 ${area} 上合并：跨多行的一个数值可能是每一行的数值，也可能是它们的合计`,
    argumentError: ({ error }) => `该单元格包含${error === undefined ? "错误" : `错误 ${error}`}`,
    uncalculatedFormula: ({ formula }) => `公式 =${formula} 没有已保存的结果，或其结果为错误`,
    noValueHere: ({ type }) =>
      `${type === undefined ? "该对象" : `${lead(type)}数据类型`}在此处没有可读取的值`,
    dataTypeNotANumber: ({ shown }, say) => `数据类型${mid(say.shown(shown))}不是数字`,
    notADate: ({ shown }, say) => `${lead(say.shown(shown))}不是日期`,
    notAnExcelDate: ({ serial }) => `${serial} 不是 Excel 能显示的日期`,
    invalidDateCell: () => "该单元格中没有有效日期",
    notText: ({ shown }, say) => `${lead(say.shown(shown))}不是文本`,
    notAnHsCode: ({ shown }, say) => `${lead(say.shown(shown))}不是 HS 编码`,
    invalidHsCode: ({ problem }, say) => say.problem(problem),
    hsCodeNotDigits: ({ number }) => `${number} 不是由数字组成的编码`,
    hsCodeMissing: () => "缺少 HS 编码",
    hsCodeHasOtherCharacters: ({ text }) => `“${text}”含有数字以外的字符`,
    hsCodeDigitCount: ({ digits, count }) => `${digits} 为 ${count} 位数字，应为 6、8 或 10 位`,
    noSuchChapter: ({ chapter }) => `第 ${chapter} 章不存在（章号为 01 至 97，没有第 77 章）`,
    vatNumberMissing: () => "缺少增值税号",
    vatNumberNoPrefix: ({ number }) => `${number} 没有以 DE、EL 等国家前缀开头`,
    vatCheckDigitsWrong: ({ number }) => `${number} 的校验位不正确`,
    belgianNineDigits: ({ number, written }) =>
      `${number} 只有 9 位数字：比利时增值税号为 10 位，以 0 或 1 开头${written === undefined ? "" : `（应写为 ${written}）`}`,
    vatNumberNotOffline: ({ prefix }) => `${prefix} 增值税号无法离线校验`,
    vatNumberFormat: ({ number, prefix }) => `${number} 不符合 ${prefix} 增值税号的格式`,
    greekVatPrefix: ({ number, written }) =>
      `${number} 不符合 GR 增值税号的格式：希腊增值税号以 EL 开头（应写为 ${written}）`,
    gtinNotDigits: ({ text }) => `“${text}”不是 GTIN：GTIN 只能由数字组成`,
    gtinLength: ({ digits, count }) =>
      `${digits} 有 ${count} 位数字：GTIN 应为 8、12、13 或 14 位（大多数欧洲商品为 EAN-13）`,
    gtinCheckDigit: ({ digits, check }) =>
      `${digits} 的校验位不正确（按 GS1 规则，前面各位数字对应的校验位应为 ${check}）：请重新从条码抄录 GTIN`,
    countryChosenByBuyer: ({ name }) =>
      `${name} 的收货国家由买家在设置中选择，而不是由链接决定：de.aliexpress.com 只是德语界面，不是德国站点`,
    countryInHost: ({ name, domain }) => `${name} 链接在主机名中标明国家站点（de.${domain} …）`,
    countryInPath: ({ name, domain }) => `${name} 链接在路径中标明国家站点（${domain}/de/ …）`,
    notAQuantity: ({ number }) => `${number} 件不是有效数量`,
    negativeWeight: ({ number }) => `${number} kg 为负数`,
    notADutyRate: ({ text }) => `“${text}”不是可识别的关税税率`,
    notABound: ({ text }) => `“${text}”不是可识别的 MIN 或 MAX 金额`,
    minAboveMax: ({ minimum, maximum }) => `MIN ${minimum} 大于 MAX ${maximum}`,
    countryMissing: () => "缺少目的国",
    unknownCountry: ({ text }) => `“${text}”不是可识别的国家`,
    outsideEu: ({ code }) => `${code} 不在欧盟境内，因此没有欧盟增值税税率`,
    beforeVatTable: ({ start, date: on }) =>
      `增值税税率表始于${mid(date(start))}，${lead(date(on))}早于此日期`,
    dateBeforeVatTable: ({ start, date: on }) =>
      `${lead(date(on))}早于增值税税率表的起始日期（${date(start)}）`,
    noShipmentTotals: () => "各项均为空",
    noLinesToShare: () => "没有可分摊费用的行项目",
    negativeWeightOnLine: ({ line, weight }) => `第 ${line} 行的重量 ${weight} 为负数`,
    allWeightsZero: () => "所有重量均为 0，无法按重量分摊",
    noValueLeft: ({ netPrice }) => `减去扣除项和关税后没有剩余价值：不含税价格为 ${netPrice}`,
    notAWebLink: () => "这不是网页链接",
    unknownMarketplace: ({ host }) => `${host} 不是可识别的电商平台`,
    noAsin: () => "此链接中没有 ASIN（应为 /dp/ 后接 10 位字母或数字）",
    shortLink: ({ host }) => `${host} 是短链接：离线无法得知其指向何处`,
    noCountryInLink: ({ name, why }, say) =>
      `该 ${name} 链接没有表明属于哪个国家的站点（${say.problem(why)}）`,
    noProductId: ({ name, productIdName }, say) =>
      `此 ${name} 链接不是商品页面（其中没有${mid(say.productIdName(productIdName))}），而是搜索、分类或店铺页面`,
    noFixedRate: ({ code }) => `${code} 对欧元没有固定汇率`,
    cellsForWeights: ({ cells, weights }) => `${cells} 个单元格对应 ${weights} 个重量`,
    notAnOffenceLevel: ({ level }) => `${level} 不是 1、2 或 3`,
    thirdOffence: () => "第三次违规将导致增值税号被列入黑名单；没有公布的罚款金额",
    notACurrencyCode: ({ text }) => `“${text}”不是货币代码`,
    eurNeedsNoRate: () => "EUR 无需汇率",
    zeroRate: () => "0 不是有效汇率",
    implausibleRate: ({ rate, minimum, maximum }) =>
      `${rate} 不是合理的汇率（汇率应在每欧元 ${minimum} 至 ${maximum} 单位之间）`,
    notAnHsPrefix: ({ text }) => `“${text}”不是 HS 编码前缀`,
    notACountryAndPrefix: ({ text }) => `“${text}”不是目的国加 HS 编码前缀`,
    notAChannel: ({ text }) => `“${text}”不是有效渠道`,
    notItemDigits: ({ text }) => `${text} 不是税则子目的位数`,
    notOfTheForm: ({ line, example }) => `“${line}”不符合 ${example} 的格式`,
    notALanguage: ({ text }) => `“${text}”不是本产品支持的语言`,
  },
  fixes: {
    enterAmount: () => "请输入金额，例如 2.50",
    enterAmountInEur: () => "请输入以欧元计的金额，例如 2.50",
    enterPrice: () => "请输入销售链接上的单件含税售价，以欧元计",
    positiveCosts: () => "请以正数输入费用：费用将从价格中扣除",
    positiveCostsAndValues: () => "请以正数输入费用和价值",
    writeRate: () => "请将税率写为 19 % 或 0.19",
    enterRate: () => "请输入税率，如 19 % 或 0.19",
    writePercentOrFraction: ({ percent, fraction }) => `请写为 ${percent} % 或 ${fraction}`,
    enterCountryOrRate: () => "请输入国家代码（如 DE），或增值税税率（如 19 % 或 0.19）",
    enterDuty: () => "请输入 0（免税商品）、税率（如 12 % 或 0.12）或文本（如“4.7 % MIN 0.40 MAX 2.50”）",
    writeDuty: () => "请将关税写为小数（0.12）或按税则的写法，例如“12 %”或“4.7 % MIN 0.40 MAX 2.50”",
    swapBounds: () => "请将两个金额对调",
    enterExcelDate: () => "请输入日期，例如 DATE(2024,8,31)",
    writeIsoDate: () => "请按 YYYY-MM-DD 格式书写，例如 2024-08-31",
    enterDate: () => "请输入日期，例如 2026-11-20",
    enterQuantity: () => "请输入件数，例如 24",
    enterUnits: () => "请输入件数",
    enterWeight: () => "请输入单件重量（kg），例如 0.35",
    enterWeightInKg: () => "请输入单件重量（kg）",
    fixFormula: () => "请修正公式，或直接输入数值",
    unmergeCells: () => "请取消单元格合并（开始 › 合并后居中），并在每一行填写该行自己的数值",
    calculateFormulas: () => "请在 Excel 中打开文件，更正所有显示错误的公式，然后保存，使公式得到计算",
    correctCellFirst: ({ then }, say) => `请先更正该单元格，或${withoutPlease(say.fix(then))}`,
    referToField: ({ then }, say) =>
      `${say.fix(then)}（如需使用数据类型的某个字段，请引用该字段，例如 A2.Price）`,
    enterHsCode: () => "请输入 HS 编码，例如 9405 21 40",
    hsCodeDigits: () => "请输入 6 位（HS）、8 位（CN）或 10 位（TARIC）数字",
    convertToEur: () => "请先换算为欧元，例如使用 CUSTOMS.TOEUR(金额, 每欧元单位数)",
    writeOneWay: () =>
      "请写成只有一种读法的形式：不用千位分隔符（“1299”），或写出小数位（“1.299,00”或“1,299.00”）",
    enterEuCountry: () => "请输入欧盟目的国，例如 DE",
    enterCountryOfDelivery: () => "请输入欧盟目的国",
    useCountryCode: () => "请使用两位字母的 ISO 代码，例如 DE、FR 或 EL",
    enterEuCountryCode: () => "请输入欧盟国家代码，例如 DE",
    dateInVatTable: ({ start }) =>
      `请使用${mid(date(start))}及以后的日期，或直接以小数形式给出增值税税率，例如 0.19`,
    dateFrom: ({ start }) => `请输入${mid(date(start))}及以后的日期`,
    positiveShipmentCost: () => "请以正数输入货件费用",
    oneWeightPerLine: () => "请为每个行项目给出一个重量",
    positiveWeights: () => "请以正数输入重量",
    fillWeights: () => "请填写单件重量（kg）和数量",
    costsPerUnit: () => "请检查费用是否按单件计，而不是按整个货件计",
    enterSalesLink: () => `请输入销售链接，例如 ${LINK_EXAMPLE}`,
    enterFullSalesLink: () => `请输入完整的销售链接，例如 ${LINK_EXAMPLE}`,
    useDestinationStore: () => "请使用该电商平台目的国站点的链接",
    enterAmazonLink: () => "请输入 Amazon 商品链接",
    useProductPage: () => "请使用商品页面的链接",
    pasteFullLink: () => `请粘贴完整的商品链接，例如 ${LINK_EXAMPLE}`,
    enterGtin: () => "请输入条码上的 GTIN（EAN），例如 4006381333931",
    enterUnitsPerEuroOrFixed: ({ codes }) =>
      `请以每欧元单位数输入汇率，例如 SEK 填 11.39；或填写欧元区国家原货币的代码（${codes}）`,
    enterVatNumber: () => "请输入带国家前缀的增值税号，例如 DE136695976",
    enterShipmentCost: () => "请输入货件费用（欧元）",
    enterShipmentTotal: () => "请输入货件总额（欧元），例如 1250.00",
    positiveShipmentTotal: () => "请以正数输入总额",
    enterOneShipmentTotal: () => "请至少输入一项待分摊的总额（运费、尾程派送费或操作费）",
    sameCountAsWeights: () => "请选择与重量个数相同的数量",
    enterOffence: () => "请输入 1、2 或 3",
    chooseOffence: () => "请选择第 1、2 或 3 次违规",
    enterFinePerHsCode: () => "请输入每个 HS 编码的罚款（欧元），或留空以使用实务默认值",
    talkToBroker: () => "请咨询您的报关行",
    enterForeignAmount: () => "请输入外币金额",
    enterTolerance: () => "请输入每件的容差（欧元），例如 0.05",
    enterFine: ({ example }) => `请输入每个 HS 编码的罚款（欧元），例如 ${example}`,
    useCurrencyCodes: () => "请使用 ISO 货币代码，例如 SEK 或 PLN",
    otherCurrenciesOnly: () => "请只填写其他货币的汇率",
    enterUnitsOf: ({ code, example }) => `请输入每欧元折合的 ${code} 单位数，例如 ${example}`,
    useHsPrefix: () => "请使用 2 至 10 位数字，例如 9405",
    chooseChannel: () => "请选择备货（FBA、B2B）或 B2C（售予消费者的包裹）",
    chooseItemDigits: () => "请选择 8（CN 子目）或 6（HS 子目）",
    useCountryAndPrefix: () => "请写国家代码、冒号和 2 至 10 位数字，例如 DE:4901=7 %",
    enterFraction: () => "请输入小数，例如 0.047",
    onePerLine: ({ example }) => `请每行写一项，例如 ${example}`,
    chooseLanguage: () => "请选择 en、fr、nl、de 或 zh",
  },
  productIdNames: {
    ASIN: "ASIN",
    "bol.com article number": "bol.com 货号",
    "Cdiscount product reference": "Cdiscount 商品参考号",
    "Allegro offer number": "Allegro 刊登编号",
    "Kaufland product number": "Kaufland 商品编号",
    "eBay item number": "eBay 物品编号",
    "Otto article number": "Otto 货号",
    "Zalando article code": "Zalando 商品代码",
    "Fnac article number": "Fnac 货号",
    "eMAG product code": "eMAG 商品代码",
    "Temu goods id": "Temu 商品 ID",
    "Shein goods id": "Shein 商品 ID",
    "AliExpress item number": "AliExpress 商品编号",
  },
  settings: {
    declarationDate: () => "申报日期",
    tolerance: () => "容差",
    offenceLevel: () => "违规次数",
    firstOffenceFine: () => "首次违规罚款",
    secondOffenceFine: () => "第二次违规罚款",
    exchangeRates: (code) => (code === undefined ? "汇率" : `汇率 ${code}`),
    dutyRates: (prefix) => (prefix === undefined ? "关税税率" : `关税税率 ${prefix}`),
    channel: () => "渠道",
    lowValueItemDigits: () => "低价值货件品目位数",
    vatRates: (entry) => (entry === undefined ? "增值税低税率" : `增值税低税率 ${entry}`),
    language: () => "语言",
  },
  shown: ({ text, as }) => (as === "quoted" ? `“${text}”` : as === "theText" ? `文本“${text}”` : text),
  inputError: (field, problem, fix) => `${field}：${problem}。${fix}`,
  rowFinding: (field, problem, fix) => `${beside(field, problem)}：${fix}。`,
  cellOfRange: (field, cell) => `${field}（区域中的第 ${cell} 个单元格）`,
  unexpected: (problem) => `意外问题：${problem}`,
};
