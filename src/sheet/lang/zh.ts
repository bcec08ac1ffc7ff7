/**
 * The words the check writes into the workbook, in Simplified Chinese: the words Chinese cross-border sellers,
 * forwarders and their customs brokers use (docs/glossary.md), in the style of src/engine/lang/zh.ts. Chinese
 * writing puts a space between Chinese characters and Latin letters or digits (“HS 编码 9405”, “EUR 3”) but none
 * beside full-width punctuation: `t` joins a sentence's words and its values that way, and `spaced` spaces a list
 * that Intl joined (“41和43” → “41 和 43”). Chinese has no plural: one form says one and many.
 */
import {
  type Catalogue,
  type ControlledRegimeId,
  type VatRegime,
  chineseSpaced,
  chineseText,
  consecutiveHeadings,
} from "../../engine";
import type { OutputColumn } from "../columns";
import type { Status } from "../flags";
import type { AuditColumn } from "../output-sheets";
import type { ProFormaColumn } from "../pro-forma";
import type { VatDeferralColumn } from "../vat-deferral";
import type { RegimeWords, SheetWords } from "./en";

/** The Chinese catalogues' sentences: spaced where Latin or digits meet Chinese (src/engine/language.ts). */
const t = chineseText;

const spaced = chineseSpaced;

/** Consecutive 4-digit headings sharing one description, as the engine's table writes them (4401 to 4421). */
const headings = (first: number, last: number, goods: string): [string, string][] =>
  consecutiveHeadings(first, last).map((heading) => [heading, goods]);

/** The regimes of goods that need a licence, a certificate or a declaration (src/engine/controlled-goods.ts). */
const REGIMES: Readonly<Record<ControlledRegimeId, RegimeWords>> = {
  CBAM: {
    name: "CBAM（碳边境调节机制）",
    law: "条例（EU）2023/956 附件一",
    prepare:
      "须通过经授权的 CBAM 申报人（进口商本身或其间接海关代表）进口，除非进口商在该日历年内进口的 CBAM 货物净重不超过 50 吨（电力和氢不设此门槛）；并请向生产商索取隐含排放数据。",
    goods: Object.fromEntries([
      ["25070080", "煅烧高岭土类黏土"],
      ["2523", "水泥及水泥熟料"],
      ["2716", "电力"],
      ["2808", "硝酸"],
      ["2814", "氨"],
      ["283421", "硝酸钾"],
      ["3102", "氮肥"],
      ["3105", "混合肥料"],
      ["260112", "已烧结铁矿砂"],
      ["72", "钢铁"],
      ["7301", "钢铁板桩"],
      ["7302", "钢铁制铁道及电车道铺轨材料"],
      ["7303", "铸铁管"],
      ["7304", "无缝钢铁管"],
      ["7305", "大口径钢铁管"],
      ["7306", "其他钢铁管"],
      ["7307", "钢铁制管子附件"],
      ["7308", "钢铁结构体"],
      ["7309", "大型钢铁容器"],
      ["7310", "小型钢铁容器"],
      ["7311", "钢铁制压缩气体容器"],
      ["7318", "钢铁制螺钉、螺栓及螺母"],
      ["7326", "其他钢铁制品"],
      ["7601", "未锻轧铝"],
      ...headings(7603, 7614, "铝制品"),
      ["7616", "其他铝制品"],
      ["280410", "氢"],
    ]),
  },
  EUDR: {
    name: "EUDR（零毁林产品）",
    law: "条例（EU）2023/1115 附件一",
    prepare:
      "在货物放行进入自由流通之前，请向经营者索取其在 EUDR 信息系统中提交的尽职调查声明（或简化声明）的参考编号，并将其填入进口报关单。",
    goods: Object.fromEntries([
      ["0102", "活牛"],
      ["0201", "鲜或冷藏牛肉"],
      ["0202", "冻牛肉"],
      ["020610", "鲜或冷藏的牛杂碎"],
      ["020622", "冻牛肝"],
      ["020629", "其他冻牛杂碎"],
      ["160250", "制作或保藏的牛肉"],
      ...headings(1801, 1806, "可可及巧克力"),
      ["0901", "咖啡"],
      ["120710", "棕榈果及棕榈仁"],
      ["1511", "棕榈油"],
      ["151321", "初榨棕榈仁油"],
      ["151329", "精制棕榈仁油"],
      ["230660", "棕榈仁油渣饼"],
      ["290545", "甘油"],
      ["291570", "棕榈酸及硬脂酸"],
      ["291590", "其他饱和脂肪酸"],
      ["382311", "工业用硬脂酸"],
      ["382312", "工业用油酸"],
      ["382319", "其他工业用脂肪酸"],
      ["382370", "工业用脂肪醇"],
      ["4001", "天然橡胶"],
      ...headings(4005, 4008, "复合橡胶及橡胶板片"),
      ["4011", "新的橡胶轮胎"],
      ["40129030", "轮胎胎面"],
      ["4013", "橡胶内胎"],
      ["4015", "橡胶制衣着及手套"],
      ["4017", "硬质橡胶"],
      ["120190", "非种用大豆"],
      ["120810", "大豆粉"],
      ["1507", "豆油"],
      ["2304", "豆粕"],
      ...headings(4401, 4421, "木及木制品"),
      ["47", "木浆"],
      ["48", "纸及纸板"],
      ["940131", "木制转椅"],
      ["940141", "木制两用椅（可作床用）"],
      ["940161", "木框架软垫座具"],
      ["940169", "其他木框架座具"],
      ["940180", "其他座具"],
      ["94019190", "木制座具的零件"],
      ["940330", "木制办公室家具"],
      ["940340", "木制厨房家具"],
      ["940350", "木制卧室家具"],
      ["940360", "其他木制家具"],
      ["940391", "木制家具的零件"],
      ["940610", "木制活动房屋"],
    ]),
  },
  TOYS: {
    name: "玩具安全（CE 标志）",
    law: "指令 2009/48/EC",
    prepare:
      "请索取欧盟符合性声明，并检查每件玩具是否带有 CE 标志和警示语，以及制造商和欧盟进口商双方的名称和邮寄地址。",
    goods: {
      "9503": "玩具及比例模型",
      "950490": "桌上或室内游戏用品",
      "950590": "狂欢节及派对用品",
    },
  },
  COSMETICS: {
    name: "化妆品（CPNP 通报）",
    law: "条例（EC）1223/2009",
    prepare:
      "请检查标签上是否标明欧盟责任人，以及该责任人是否已在产品投放市场前在 CPNP 中通报每款产品，并索取产品信息档案（PIF）的编号。",
    goods: {
      "3303": "香水",
      "3304": "美容化妆品及护肤品",
      "3305": "护发品",
      "330610": "牙膏",
      "3307": "剃须用品、除臭剂及沐浴用品",
      "340111": "盥洗用香皂",
    },
  },
  BATTERIES: {
    name: "电池（锂电池空运按危险品管理）",
    law: "条例（EU）2023/1542",
    prepare:
      "请向发货人索取 UN38.3 测试摘要和安全数据表（SDS），锂电池空运须按危险品订舱（UN3480/3481/3090/3091；单独运输的锂离子电芯只能用货机运输，且荷电状态不超过 30 %），并检查电池标签和 CE 标志。",
    goods: {
      "8506": "原电池及原电池组",
      "8507": "蓄电池（可充电电池）",
    },
  },
  RADIO_EQUIPMENT: {
    name: "无线电设备（CE 标志，RED）",
    law: "指令 2014/53/EU",
    prepare:
      "请索取欧盟符合性声明，并检查每台设备是否带有 CE 标志，以及制造商和欧盟进口商双方的名称和邮寄地址。",
    goods: {
      "8517": "电话机及网络设备",
      "8525": "发射设备及摄像机",
      "8526": "雷达及无线电导航设备",
      "8527": "无线电接收设备",
    },
  },
  WEAPONS: {
    name: "武器、零件及弹药（许可证）",
    law: "条例（EU）2025/41",
    prepare:
      "未取得瓦隆大区武器许可证管理局（Direction des Licences d'Armes）向设立于瓦隆大区的进口商签发的进口许可证（来自其他欧盟国家的货物则为事先同意）之前，不得为货物清关。",
    goods: {
      "9301": "军用武器",
      "9302": "左轮手枪及手枪",
      "9303": "其他枪支",
      "9304": "气枪及警棍",
      "9305": "武器零件",
      "9306": "弹药",
      "9307": "剑及刺刀",
    },
  },
  FOOD_AND_FEED: {
    name: "边境检查站官方检查（动物及动物源性产品）",
    law: "条例（EU）2017/625",
    prepare:
      "请至少在货物抵达前一个工作日在 TRACES 系统中预先申报（动物填 CHED-A，产品填 CHED-P），并在欧盟边境检查站提交货物及官方卫生证书。",
    goods: {
      "01": "活动物",
      "02": "肉及食用杂碎",
      "03": "鱼及海产品",
      "04": "乳品、蛋品及蜂蜜",
      "16": "肉类及鱼类制品",
    },
  },
};

export const zh: Catalogue<SheetWords> = (f) => {
  /** Rows named in a sentence: the first of them, and `more` not named. */
  type NamedRows = { rows: readonly string[]; count: number; more: number };
  /** “第 41 行”“第 41 和 43 行”“第 41、43、45 行及另外 7 行”. */
  const rowList = (p: NamedRows) =>
    p.more > 0 ? t`第${p.rows.join("、")}行及另外${f.number(p.more)}行` : t`第${spaced(f.and(p.rows))}行`;
  const skipped = {
    totals: (p: NamedRows) => t`${rowList(p)}被识别为合计行，未检查`,
    notes: (p: NamedRows) => t`${rowList(p)}被识别为备注，未检查`,
  };
  const sentence = (phrase: string) => `${phrase}。`;
  const none = "无";
  const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`);
  /** Items of a summary line, the first `shown` of them: “94052140、851762 及另外 3 项”. */
  const listed = (separator: string) => (p: { items: readonly string[]; more: number }) =>
    p.items.length === 0 && p.more === 0
      ? none
      : t`${p.items.join(separator)}${p.more > 0 ? t`及另外${f.number(p.more)}项` : ""}`;
  const outputColumns: Readonly<Record<OutputColumn, string>> = {
    "Inverse value": "反推价值",
    "Declaration ratio": "申报比率",
    Duty: "关税",
    Status: "状态",
    Flags: "标记",
    Explanation: "说明",
  };
  const statuses: Readonly<Record<Status, string>> = {
    OK: "正常（OK）",
    REVIEW: "待复核（REVIEW）",
    RISK: "风险（RISK）",
    ERROR: "错误（ERROR）",
  };
  const treatment: Readonly<Record<VatRegime, string>> = {
    CP42: "42 号程序：在比利时进口时免征增值税；在目的国对欧盟内部购进自行计税",
    ET14000: "ET 14.000：在比利时应缴，递延至比利时定期增值税申报（边境无需付现）",
    PAID: "进口时缴纳：清关时应缴",
  };

  return {
    explanations: {
      allChecksPassed: "所有检查均已通过。",
      sentences: (p: { sentences: readonly string[] }) => p.sentences.join(""),
      inputProblem: (p: { problem: string }) => `${p.problem}。`,
      priceEmpty: (p: { column: string }) => t`${p.column}为空：请输入销售链接上的单件含税售价。`,
      destinationEmpty: (p: { column: string }) => t`${p.column}为空：请输入欧盟目的国，例如 DE。`,
      vatRateAboveEu: (p: { column: string; rate: string; highest: string; country: string }) =>
        t`${p.column}${f.percent(p.rate)}高于欧盟所有增值税税率（最高为${p.country}的${f.percent(p.highest)}）：请填写目的国的增值税税率，或将该单元格留空以自动填写。`,
      dateOrderInDoubt: (p: {
        column: string;
        text: string;
        dayFirst: string;
        monthFirst: string;
        evidence: string;
      }) =>
        t`${p.column}“${p.text}”按日在前读是${p.dayFirst}，按月在前读是${p.monthFirst}；该列还有“${p.evidence}”，只有按月在前读才是日期（美国导出文件的日期写法）：请按 YYYY-MM-DD 格式书写日期。`,
      notACurrency: (p: { column: string; text: string }) =>
        t`${p.column}“${p.text}”不是货币：请填写其 ISO 代码，例如 EUR、SEK 或 PLN。`,
      currencyAmbiguous: (p: { column: string; text: string; codes: readonly string[]; example: string }) =>
        t`${p.column}“${p.text}”可能是${spaced(f.or(p.codes))}：请填写 ISO 代码，例如${p.example}。`,
      noCurrencyInMixedRow: (p: { column: string; currencyColumn: string }) =>
        t`${p.column}没有标明货币，而本行的金额使用了多种货币：请在每个金额中写明货币，或填写${p.currencyColumn}列。`,
      currencyDisagrees: (p: { column: string; written: string; currencyColumn: string; currency: string }) =>
        t`${p.column}以${p.written}计，但${p.currencyColumn}为${p.currency}：同一行的所有金额请使用同一种货币。`,
      cellCurrencyDisagreesWithHeader: (p: { column: string; written: string; header: string }) =>
        t`${p.column}的金额以${p.written}计，但该列标题注明${p.header}：请将该列所有金额以${p.header}填写，或从标题中删去货币。`,
      cellCurrencyAmbiguous: (p: {
        column: string;
        text: string;
        codes: readonly string[];
        example: string;
        currencyColumn: string;
      }) =>
        t`${p.column}：“${p.text}”可能是${spaced(f.or(p.codes))}：请填写 ISO 代码（例如${p.example}），或填写${p.currencyColumn}列。`,
      tooLargeInEur: (p: { currencyColumn: string; currency: string; amount: string }) =>
        t`${p.currencyColumn} ${p.currency}：${f.number(p.amount)}折合欧元后过大（金额须小于 10^12）。`,
      cellTooLargeInEur: (p: { column: string; currency: string; amount: string }) =>
        t`${p.column}（${p.currency}）：${f.number(p.amount)}折合欧元后过大（金额须小于 10^12）。`,
      noExchangeRate: (p: { currencyColumn: string; currency: string; example: string }) =>
        t`${p.currencyColumn} ${p.currency}没有汇率：请按每欧元单位数给出海关汇率（例如${p.example}）。`,
      cellNoExchangeRate: (p: { column: string; currency: string; example: string }) =>
        t`${p.column}以${p.currency}计，但没有汇率：请按每欧元单位数给出海关汇率（例如${p.example}）。`,
      hsCodeMissing: (p: { column: string }) =>
        t`缺少${p.column}：海关需要 8 位 CN 编码（可填 6、8 或 10 位）。`,
      invalidHsCode: (p: { column: string; problem: string }) => t`${p.column}：${p.problem}。`,
      missingVatNumber: (p: { column: string; country: string }) =>
        t`缺少${p.column}：增值税递延需要${p.country}的增值税号。`,
      missingVatNumberNoDestination: (p: { column: string }) =>
        t`缺少${p.column}：增值税递延需要目的国的增值税号。`,
      invalidVatNumber: (p: { column: string; problem: string }) => t`${p.column}：${p.problem}。`,
      vatNumberOfAnotherCountry: (p: {
        column: string;
        number: string;
        country: string;
        destination: string;
        prefix: string;
      }) =>
        t`${p.column} ${p.number}是${p.country}的增值税号，但货物运往${p.destination}：增值税递延需要${p.destination}的增值税号（前缀${p.prefix}）。`,
      notAVatRegime: (p: { column: string; text: string }) =>
        t`${p.column}“${p.text}”不是有效的增值税方式：请填写 CP42（42 号程序）、ET14000（ET 14.000 许可）或 PAID（进口时缴纳）。`,
      procedure42ToBelgium:
        "42 号程序适用于继续运往其他成员国的货物，但这些货物的目的国是 BE：请按 ET 14.000 申报，或在进口时缴纳增值税。",
      missingImporterVatNumber: (p: { column: string }) =>
        t`缺少${p.column}：ET 14.000 需要进口商的比利时增值税号（BE0…），可以是进口商自己的，也可以是其税务代表的。`,
      importerVatNumberNotBelgian: (p: { column: string; number: string; country: string }) =>
        t`${p.column} ${p.number}是${p.country}的增值税号：ET 14.000 需要比利时增值税号（BE0…）。`,
      notAChannel: (p: { column: string; text: string }) =>
        t`${p.column}“${p.text}”不是有效渠道：请填写备货（自有库存、FBA、B2B）或 B2C（售予消费者的包裹）。`,
      invalidGtin: (p: { column: string; problem: string }) => t`${p.column}：${p.problem}。`,
      missingProductId: (p: { gtinColumn: string; productIdColumn: string; from: string }) =>
        t`既没有${p.gtinColumn}，也没有${p.productIdColumn}：自${f.date(p.from)}起，B2C 包裹的申报须提供商品标识（授权条例（EU）2026/1022）；请填写条码上的 GTIN（EAN）或制造商编号。`,
      notAWebLink: (p: { column: string; text: string }) => t`${p.column}“${p.text}”不是网页链接`,
      missingLink: (p: { problems: readonly string[] }) =>
        `没有销售链接，也没有参考链接${p.problems.length === 0 ? "" : `（${p.problems.join("；")}）`}：海关按商品页面上的售价为货物估价，因此请提供目的国电商平台上的链接。`,
      referenceLinkUsed:
        "没有销售链接：已使用参考链接（是否缺货？）；请保留证据，证明该链接展示的是同一商品。",
      shortLink: (p: { column: string; host: string }) =>
        t`${p.column}是短链接（${p.host}）：离线无法得知其指向何处，因此无法确定站点；请粘贴完整的商品链接。`,
      unknownMarketplace: (p: { column: string; host: string }) =>
        t`${p.column}指向${p.host}，该网站不在本工具已知的电商平台之列：请人工核实它是否为目的国的站点。`,
      linkWithoutCountry: (p: { column: string; marketplace: string; why: string }) =>
        t`${p.column}是${p.marketplace}链接，但链接没有表明属于哪个国家的站点：${p.why}。请人工核实该价格是否为目的国买家看到的价格，或提供目的国站点的链接。`,
      linkCountryMismatch: (p: { column: string; host: string; country: string; destination: string }) =>
        t`${p.column}指向${p.host}（${p.country}），但货物运往${p.destination}：请申报目的国电商平台上的链接。`,
      notAProductPage: (p: { column: string; marketplace: string; productIdName: string }) =>
        t`${p.column}是${p.marketplace}上不含商品的页面（没有${p.productIdName}）：搜索、分类或店铺页面不显示这些货物的价格；请粘贴商品页面的链接。`,
      controlledGoods: (p: {
        column: string;
        code: string;
        goods: string;
        regime: string;
        law: string;
        prepare: string;
        appliesFrom: string;
      }) =>
        t`${p.column} ${p.code}属于${p.goods}：${p.regime}，${p.law}。${p.prepare}${p.appliesFrom === "" ? "" : t`该规定适用于自${f.date(p.appliesFrom)}起的申报。`}`,
      deductionsExceedPrice: (p: { deductions: number; netPrice: number }) =>
        t`扣除项和关税（${f.money(p.deductions)}）已达到或超过不含税价格（${f.money(p.netPrice)}）：请检查费用是否按单件计，而不是按整个货件计。`,
      missingDeclaredValue: (p: { value: number }) => t`没有可与反推价值${f.money(p.value)}比较的申报价值。`,
      declaredAbovePrice: (p: { declared: number; price: number }) =>
        t`申报价值${f.money(p.declared)}高于售价${f.money(p.price)}：这是否为行合计？请按单件申报价值。`,
      underDeclared: (p: { declared: number; shortfall: number; value: number }) =>
        t`申报价值${f.money(p.declared)}比反推价值${f.money(p.value)}低${f.money(p.shortfall)}。`,
      withinTolerance: (p: { declared: number; shortfall: number; value: number; tolerance: number }) =>
        t`申报价值${f.money(p.declared)}比反推价值${f.money(p.value)}低${f.money(p.shortfall)}，在${f.money(p.tolerance)}的容差范围内。`,
      declaredCovers: (p: { declared: number; value: number }) =>
        t`申报价值${f.money(p.declared)}不低于反推价值${f.money(p.value)}。`,
      shipmentDetention: (p: { shipment: string; rows: readonly string[]; count: number; more: number }) => {
        const rows =
          p.more > 0 ? t`第${p.rows.join("、")}行及另外${f.number(p.more)}行` : t`第${p.rows.join("、")}行`;
        return t`货件${p.shipment}包含存在风险的行（${rows}）：该货件中只要有一件商品被查验，全部商品都会被扣留。`;
      },
    },

    notes: {
      fixedEuroRate: (p: { currency: string; rate: string; since: string }) =>
        t`以${p.currency}计的金额已按 1 欧元 = ${f.number(p.rate)} ${p.currency}的不可撤销汇率换算（自${f.date(p.since)}起已由欧元取代）。`,
      commissionAmountUsed: (p: {
        column: string;
        amount: number;
        rateColumn: string;
        rate: string;
        byRate: number;
      }) =>
        t`已采用${p.column} ${f.money(p.amount)}；按${p.rateColumn} ${f.percent(p.rate)}计算的佣金为 ${f.money(p.byRate)}。如费率正确，请清空${p.column}。`,
      reducedVatRate: (p: { rate: string; country: string; prefix: string }) =>
        t`增值税税率${f.percent(p.rate)}：设置中为${p.country}、HS ${p.prefix}设定的增值税低税率。`,
    },

    lowValue: {
      consignmentOfRow: (p: { row: number }) => t`第${p.row}行`,
      duty: (p: {
        consignment: string;
        value: number;
        threshold: number;
        perItem: number;
        item: string;
        perUnit: number;
        units: number;
      }) =>
        t`${p.consignment}为低价值 B2C 货件（${f.money(p.value)}，不超过${f.money(p.threshold)}）：品目${p.item}的关税为${f.money(p.perItem)}（理事会条例（EU）2026/382），按${f.number(p.units)}件分摊，每件${f.money(p.perUnit)}。`,
      valueUnknown: (p: { consignment: string; row: number }) =>
        t`${p.consignment}货件的价值未知（第${p.row}行无法估价），因此无法适用低价值货件每个品目 EUR 3 的关税：改按正常关税计算。`,
      aboveThreshold: (p: { consignment: string; value: number; threshold: number; perItem: number }) =>
        t`${p.consignment}货件的价值为${f.money(p.value)}，高于${f.money(p.threshold)}：适用正常关税（每个品目${f.money(p.perItem)}的关税仅适用于不超过${f.money(p.threshold)}的 B2C 货件）。`,
    },

    controlledGoods: REGIMES,

    headers: {
      fields: {
        sku: "SKU",
        description: "品名",
        hsCode: "HS 编码",
        quantity: "数量",
        unitWeight: "单件重量（kg）",
        destination: "目的国",
        salesLink: "销售链接",
        referenceLink: "参考链接",
        price: "含税售价",
        currency: "币种",
        commission: "平台佣金",
        commissionRate: "佣金比例",
        packaging: "包装费",
        freight: "欧盟境内运费",
        lastMile: "尾程运费",
        fbaFee: "FBA 费用",
        handling: "操作费",
        dutyRate: "关税税率",
        specificDuty: "从量税",
        vatRate: "增值税税率",
        declaredValue: "申报价值",
        vatNumber: "增值税号",
        vatRegime: "增值税方式",
        importerVatNumber: "进口商增值税号",
        importVatRate: "进口增值税税率",
        gtin: "GTIN",
        productId: "商品 ID",
        channel: "渠道",
        shipment: "货件号",
        date: "日期",
      },
      output: outputColumns,
      marked: (p: { header: string; count: number }) =>
        t`${p.header}（海关核查${p.count === 1 ? "" : t` ${p.count}`}）`,
    },

    sheetNames: {
      summary: "汇总",
      audit: "审计日志",
      vatDeferral: "增值税递延",
      proForma: "形式发票",
      proFormaOf: (p: { shipment: string }) => t`形式发票${p.shipment}`,
      unnamed: "工作表",
    },

    sheetProblems: {
      noHeaderRow: (p: { rows: number; fields: number }) =>
        t`没有标题行：前${p.rows}行中没有一行标明价格列（例如“含税售价”“Selling price”或“Prix TTC”），也没有一行包含本检查所读取列中的${p.fields}列（例如“SKU”“数量”“目的国”）`,
      noProductRows: "该工作表有标题行，但没有商品行",
      missingColumn: (p: { header: string; aliases: readonly string[] }) =>
        t`没有“${p.header}”列：请将一列命名为“${p.header}”（或${quoted(p.aliases).join("、")}）`,
      duplicateHeaders: (p: { headers: readonly string[]; meaning: string }) =>
        t`标题重复：${quoted(p.headers).join("和")}都表示“${p.meaning}”；请重命名或删除其中一列`,
      all: (p: { problems: readonly string[] }) => p.problems.join("；"),
    },

    costSharing: {
      noWeightColumn: (p: { column: string }) => t`没有“${p.column}”列：费用按单件重量 × 数量分摊`,
      rowProblem: (p: { row: number; problem: string }) => t`第${p.row}行：${p.problem}`,
      noRows: "没有可分摊费用的行",
      noRowsOfShipment: (p: { shipment: string }) => t`没有属于货件${p.shipment}的行`,
      cellFormattedNotInEuro: (p: { row: number; column: string; currency: string }) =>
        t`第${p.row}行：空单元格“${p.column}”的数字格式为${p.currency}，但货件总额为欧元（EUR）：写入该单元格的分摊额会显示为${p.currency}并被读作${p.currency}。请将该单元格设为数字或欧元格式（开始 › 数字格式），然后再次运行“分摊费用”`,
      rowNotInEuro: (p: { row: number; column: string; currency: string }) =>
        t`第${p.row}行：该行金额为${p.currency}（“${p.column}”），但货件总额为欧元（EUR），写入该行的分摊额会被读作${p.currency}。请先将该行金额换算为欧元`,
      columnNotInEuro: (p: { column: string; currency: string }) =>
        t`“${p.column}”：表头表明该列金额为${p.currency}，但货件总额为欧元（EUR）。请将该列换算为欧元并去掉表头中的币种；如果金额已是欧元，请在表头中注明 EUR`,
      weights: "单件重量 × 数量",
    },

    summary: {
      rows: "已检查行数",
      statuses,
      hsCodes: "低报的 HS 编码",
      offence: "违规次数",
      fineExposure: "潜在罚款",
      outstandingDuty: "少缴关税",
      shipmentsExposed: "可能被扣留的货件",
      importVatPaid: "进口时缴纳的进口增值税",
      importVatDeferred: "递延的进口增值税（ET 14.000）",
      importVatExempt: "免征的进口增值税（42 号程序）",
      lowValueDuty: "低价值货件关税（每个品目 EUR 3）",
      reducedVatRates: "适用增值税低税率的行",
      controlledGoods: "需许可证或证书的商品",
      ignoredCostColumns: "已忽略的费用列（不可扣除）",
      count: (p: { count: number }) => f.count(p.count),
      amount: (p: { amount: number }) => f.money(p.amount),
      thirdOffence: "第三次违规：增值税号被列入黑名单，并将被处以高额罚款（没有公布的金额）",
      none,
      list: listed("、"),
      entries: listed("；"),
      hsCodesValue: (p: { codes: readonly string[] }) =>
        p.codes.length === 0 ? none : t`${f.number(p.codes.length)}个：${p.codes.join("、")}`,
      offenceWithFine: (p: { level: number; fine: number }) =>
        t`第${p.level}次（每个 HS 编码${f.money(p.fine)}）`,
      offenceBlacklisting: (p: { level: number }) => t`第${p.level}次（列入黑名单）`,
      fineDetail: (p: { codes: number; fine: number; level: number }) =>
        t`${f.number(p.codes)}个低报的 HS 编码 × ${f.money(p.fine)}，按第${p.level}次违规计`,
      fineRange: (p: { atLeast: number; upTo: number }) => t`${f.money(p.atLeast)}至${f.money(p.upTo)}`,
      fineWithoutHsCode: (p: {
        given: string | null;
        count: number;
        rows: string;
        fine: number;
        level: number;
        exact: boolean;
      }) => {
        const without = t`${f.number(p.count)}行低报商品的 HS 编码缺失或无效：${p.rows}`;
        if (p.exact) return t`${without}；计为 1 个 HS 编码 × ${f.money(p.fine)}，按第${p.level}次违规计`;
        const advice = "补填有效的 HS 编码后即可得出准确罚款金额";
        return p.given === null
          ? t`每个 HS 编码${f.money(p.fine)}，按第${p.level}次违规计；${without}；${advice}`
          : t`${p.given}；${without}；${advice}`;
      },
      shipmentsExposedDetail: "只要有一件商品被查验，整个货件都会被扣留",
      importVatDeferredDetail: "在比利时增值税定期申报表中申报并抵扣",
      destinationVat: (p: { country: string; amount: number }) => t`${p.country} ${f.money(p.amount)}`,
      destinationVatDetail: (p: { estimates: readonly string[] }) =>
        t`目的国增值税（估算）：${p.estimates.join("、")}`,
      lowValueConsignment: (p: { consignment: string; duty: number; items: number; value: number }) =>
        t`${p.consignment} ${f.money(p.duty)}（${f.number(p.items)}个品目，价值${f.money(p.value)}）`,
      lowValueDetail: (p: { consignments: number; list: string }) =>
        t`${f.number(p.consignments)}个不超过 EUR 150 的 B2C 货件：${p.list}`,
      rowsNamed: (p: NamedRows) =>
        p.more > 0 ? t`第${p.rows.join("、")}行 …（共${f.number(p.count)}行）` : t`第${p.rows.join("、")}行`,
      reducedVatRateUse: (p: { country: string; prefix: string; rate: string; rows: string }) =>
        t`${p.country} HS ${p.prefix}按${f.percent(p.rate)}：${p.rows}`,
      controlledGoodsUse: (p: { regime: string; rows: string; shipments: string }) =>
        t`${p.regime}：${p.rows}${p.shipments === "" ? "" : t`（货件${p.shipments}）`}`,
      controlledGoodsDetail: "进口前请逐项核查各监管要求",
    },

    skippedRows: skipped,

    sheetNotes: {
      skippedTotals: (p: NamedRows) => sentence(skipped.totals(p)),
      skippedNotes: (p: NamedRows) => sentence(skipped.notes(p)),
      userColumnKept: (p: { userHeader: string; column: string; header: string }) =>
        t`您的“${p.userHeader}”列保持原样；本检查的“${p.column}”列名为“${p.header}”。`,
      readAsChannel: (p: { header: string; meaning: string }) =>
        t`“${p.header}”列已按“${p.meaning}”读取：其中的值为渠道（备货、B2C）。`,
      readAsRates: (p: { header: string; meaning: string }) =>
        t`“${p.header}”列已按“${p.meaning}”读取：其中的值为税率。`,
      readAsHsCodes: (p: { header: string; meaning: string; sku: string }) =>
        t`“${p.header}”列已按“${p.meaning}”读取：其中的值为 HS 编码。如果这些是您的 SKU，请将该列命名为“${p.sku}”。`,
      notReadAsRates: (p: { header: string; meaning: string }) =>
        t`未读取“${p.header}”列：其中的值不能表明是税率（请写为 12 %，或将该列命名为“${p.meaning}”）。`,
    },

    proForma: {
      columns: {
        SKU: "SKU",
        Description: "品名",
        "HS code": "HS 编码",
        Quantity: "数量",
        "Unit price": "含税单价",
        "Sales VAT": "销售增值税",
        Commission: "平台佣金",
        Packaging: "包装费",
        Freight: "运费",
        "Last mile": "尾程派送",
        "FBA fee": "FBA 费用",
        Handling: "操作费",
        Duty: "关税",
        "Declaration value": "申报价值",
        "Line total": "行合计",
      } satisfies Readonly<Record<ProFormaColumn, string>>,
      title: "形式发票：扣除项明细（反推算法，比利时海关）",
      shipments: (p: { count: number }) => t`货件数：${f.number(p.count)}`,
      shipment: (p: { shipment: string }) => t`货件：${p.shipment}`,
      declarationDate: (p: { date: string }) => t`申报日期：${f.date(p.date)}。金额以欧元计，按单件列示。`,
      lineTotal: "行合计 = 申报价值 × 数量；合计 = Σ（金额 × 数量）。",
      vatTable: (p: { version: string }) => t`增值税税率：${p.version}`,
      subtotal: (p: { shipment: string }) => t`小计${p.shipment}`,
      totals: "合计",
      noShipment: "（无货件号）",
      leftOut: (p: { rows: readonly string[] }) =>
        t`以下行因存在错误未列入本形式发票（请修正后重新检查）：第${p.rows.join("、")}行。`,
    },

    vatDeferral: {
      columns: {
        Shipment: "货件",
        "VAT regime": "增值税方式",
        Destination: "目的国",
        Rows: "行",
        "Goods value": "货值",
        Duty: "关税",
        "Incidental costs": "附加费用",
        "VAT base": "计税基础",
        "VAT rate": "增值税税率",
        "Import VAT": "进口增值税",
        "Destination VAT (estimate)": "目的国增值税（估算）",
        Treatment: "处理方式",
        "VAT numbers": "增值税号",
      } satisfies Readonly<Record<VatDeferralColumn, string>>,
      title: "进口增值税递延明细表",
      dates: (p: { date: string; version: string }) =>
        t`申报日期${f.date(p.date)}；增值税税率：${p.version}。`,
      base: "进口增值税计税基础：完税价格（即申报价值；未申报时取反推价值）+ 关税 + 运抵第一目的地前的附加费用（增值税指令第 85–86 条；比利时增值税法典第 34 条）。",
      treatment,
      regimeTotals: {
        PAID: "进口时缴纳合计",
        ET14000: "递延合计（ET 14.000）",
        CP42: "免征合计（42 号程序）",
      } satisfies Readonly<Record<VatRegime, string>>,
      total: "总计",
      noShipment: "（无货件号）",
      estimate:
        "42 号程序下的目的国增值税为估算值，以相同的计税基础按各行的增值税税率计算：自有货物转移时，目的国的应税金额为购进价格或成本价格（增值税指令第 76 条）。",
      leftOut: (p: { rows: readonly string[] }) =>
        t`以下行因无法计算其金额而未列入本明细表（请修正后重新检查）：第${p.rows.join("、")}行。`,
    },

    audit: {
      columns: {
        Time: "时间",
        Source: "来源",
        "Rows checked": "已检查行数",
        OK: "正常",
        Review: "待复核",
        Risk: "风险",
        Error: "错误",
        "Fine exposure": "潜在罚款",
        "Outstanding duty": "少缴关税",
        "VAT table": "增值税税率表",
        Settings: "设置",
      } satisfies Readonly<Record<AuditColumn, string>>,
      // Plain templates: a re-check reads the record back from between the label's words.
      records: {
        checkedSheet: (p: { record: string }) => `已检查工作表：${p.record}`,
        outputColumns: (p: { record: string }) => `输出列：${p.record}`,
        vatRatesFilled: (p: { record: string }) => `已填写增值税税率：${p.record}`,
        vatRatesContinued: (p: { record: string }) => `已填写增值税税率（续）：${p.record}`,
        noVatRatesFilled: "已填写增值税税率：",
      },
      settings: {
        all: (p: { parts: readonly string[] }) => p.parts.join("；"),
        declarationDate: (p: { date: string }) => t`申报日期${f.date(p.date)}`,
        tolerance: (p: { amount: number }) => t`容差${f.money(p.amount)}`,
        vatDeferralRequired: "要求增值税递延",
        vatDeferralNotRequired: "不要求增值税递延",
        offence: (p: { level: number }) => t`第${p.level}次违规`,
        fines: (p: { first: number; second: number }) =>
          t`首次违规罚款${f.money(p.first)}、第二次违规罚款${f.money(p.second)}（每个 HS 编码）`,
        exchangeRates: (p: { rates: readonly string[] }) => t`汇率${p.rates.join("、")}`,
        dutyRates: (p: { rates: readonly string[] }) => t`关税税率${p.rates.join("、")}`,
        reducedVatRates: (p: { rates: readonly string[] }) => t`增值税低税率${p.rates.join("、")}`,
        defaultChannel: (p: { channel: string }) =>
          String(p.channel) === "stock" ? t`默认渠道为备货（${p.channel}）` : t`默认渠道为${p.channel}`,
        lowValueItemsBy6Digits: "低价值货件品目按 6 位 HS 子目计",
        controlledGoodsNotChecked: "未检查需许可证或证书的商品",
        language: (p: { language: string }) => t`语言${p.language}`,
      },
    },
  };
};
