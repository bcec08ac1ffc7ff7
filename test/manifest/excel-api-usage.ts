/**
 * Which Excel JavaScript API members code calls, found with the TypeScript compiler against @types/office-js: every
 * property access (and call) that resolves to a member of the `Excel` namespace, and every property named in a
 * `load("a,b/c")` string. For each use: the member ("Worksheet.getRangeByIndexes"), the requirement set
 * @types/office-js gives it ("[Api set: ExcelApi 1.7]" on the member, else on its class), where it is used, and the
 * ExcelApi version of the feature check it sits under, if any (`if (Office.context.requirements.isSetSupported(
 * "ExcelApi", "1.9")) { … }`).
 */
import { readdirSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

export const ROOT = join(__dirname, "..", "..");

export interface ApiUse {
  /** "Worksheet.getRangeByIndexes", "ConditionalFormatType" (an enum), "Excel.run" (a function). */
  readonly member: string;
  /** What @types/office-js says: "ExcelApi 1.7", or undefined when neither the member nor its class says. */
  readonly typesSet: string | undefined;
  /** A method (called) or a property. */
  readonly kind: "method" | "property" | "enum" | "function";
  /** "taskpane/actions/pro-forma.ts:154". */
  readonly where: string;
  /** The ExcelApi version a feature check around the use guarantees, if any. */
  readonly guardedBy: string | undefined;
}

/** The ExcelApi version in "ExcelApi 1.7", as a comparable number pair. */
export function versionOf(set: string): [number, number] {
  const match = /^ExcelApi (\d+)\.(\d+)$/.exec(set);
  if (match === null) throw new Error(`not a numbered ExcelApi set: "${set}"`);
  return [Number(match[1]), Number(match[2])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [versionOf(`ExcelApi ${a}`), versionOf(`ExcelApi ${b}`)];
  return x[0] - y[0] || x[1] - y[1];
}

export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? typeScriptFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** A program over `files` with the bundle's compiler options (tsconfig.addin.json: browser and Office types). */
export function officeProgram(files: readonly string[]): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.addin.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (parsed === undefined) throw new Error("tsconfig.addin.json could not be read");
  return ts.createProgram(files, {
    ...parsed.options,
    noEmit: true,
    typeRoots: [join(ROOT, "node_modules", "@types")],
  });
}

const API_SET = /\[\s*Api set:\s*(ExcelApi[A-Za-z]*\s+\d+\.\d+)/i;

/** The requirement set a declaration's JSDoc names. */
function apiSetOf(node: ts.Node): string | undefined {
  for (const tag of ts.getJSDocTags(node)) {
    const text = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    const match = API_SET.exec(text ?? "");
    if (match) return match[1].replace(/\s+/, " ");
  }
  return undefined;
}

function isInOfficeTypes(node: ts.Node): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(node.getSourceFile().fileName);
}

/** The names of the namespaces around a declaration, outermost first ("Excel"). */
function namespacesOf(node: ts.Node): string[] {
  const names: string[] = [];
  for (let parent = node.parent; parent !== undefined; parent = parent.parent)
    if (ts.isModuleDeclaration(parent)) names.unshift(parent.name.getText());
  return names;
}

/** The member a declaration of @types/office-js is, when it is in the Excel namespace. */
function memberOf(declaration: ts.Declaration): Pick<ApiUse, "member" | "typesSet" | "kind"> | undefined {
  if (!isInOfficeTypes(declaration)) return undefined;
  const namespaces = namespacesOf(declaration);
  if (namespaces.join(".") !== "Excel") return undefined;
  if (ts.isEnumMember(declaration)) {
    const enumeration = declaration.parent;
    return { member: enumeration.name.getText(), typesSet: apiSetOf(enumeration), kind: "enum" };
  }
  if (ts.isEnumDeclaration(declaration))
    return { member: declaration.name.getText(), typesSet: apiSetOf(declaration), kind: "enum" };
  if (ts.isFunctionDeclaration(declaration) && declaration.name)
    return {
      member: `Excel.${declaration.name.getText()}`,
      typesSet: apiSetOf(declaration),
      kind: "function",
    };
  const owner = declaration.parent;
  if (
    (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) &&
    owner.name !== undefined &&
    (ts.isMethodDeclaration(declaration) ||
      ts.isMethodSignature(declaration) ||
      ts.isPropertyDeclaration(declaration) ||
      ts.isPropertySignature(declaration) ||
      ts.isGetAccessorDeclaration(declaration))
  ) {
    const name = declaration.name.getText();
    const method = ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration);
    return {
      member: `${owner.name.getText()}.${name}`,
      typesSet: apiSetOf(declaration) ?? apiSetOf(owner),
      kind: method ? "method" : "property",
    };
  }
  return undefined;
}

const FEATURE_CHECK = /isSetSupported\(\s*["']ExcelApi["']\s*,\s*["'](\d+\.\d+)["']\s*\)/;

/** The ExcelApi version of the feature check whose true branch holds `node`, if any. */
function guardOf(node: ts.Node): string | undefined {
  let best: string | undefined;
  for (let child = node, parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    let condition: ts.Expression | undefined;
    if (ts.isIfStatement(parent) && parent.thenStatement === child) condition = parent.expression;
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) condition = parent.condition;
    else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    )
      condition = parent.left;
    const match = condition === undefined ? null : FEATURE_CHECK.exec(condition.getText());
    if (match && (best === undefined || compareVersions(match[1], best) > 0)) best = match[1];
  }
  return best;
}

/** Every Excel API member the files use. */
export function excelApiUses(program: ts.Program, files: readonly string[]): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const record = (declarations: readonly ts.Declaration[] | undefined, at: ts.Node) => {
    const source = at.getSourceFile();
    const where = `${relative(ROOT, source.fileName).split("\\").join("/")}:${source.getLineAndCharacterOfPosition(at.getStart()).line + 1}`;
    for (const declaration of declarations ?? []) {
      const member = memberOf(declaration);
      if (member) uses.push({ ...member, where, guardedBy: guardOf(at) });
    }
  };
  /** The properties a load("a,b/c") string names, from the type of the object it loads. */
  const recordLoad = (call: ts.CallExpression, receiver: ts.Expression, text: string) => {
    for (const path of text.split(",")) {
      let type: ts.Type | undefined = checker.getTypeAtLocation(receiver);
      for (const name of path.trim().split("/")) {
        if (type === undefined || name === "") break;
        const property = type.getProperty(name);
        if (property === undefined) break;
        record(property.declarations, call);
        const propertyType: ts.Type = checker.getTypeOfSymbolAtLocation(property, call);
        type = propertyType.getNumberIndexType() ?? propertyType;
      }
    }
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        record(checker.getSymbolAtLocation(node.name)?.declarations, node);
        const call = node.parent;
        if (
          node.name.text === "load" &&
          ts.isCallExpression(call) &&
          call.expression === node &&
          call.arguments.length === 1 &&
          ts.isStringLiteralLike(call.arguments[0])
        )
          recordLoad(call, node.expression, call.arguments[0].text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The feature checks of ExcelApi versions in the files ("1.9" for isSetSupported("ExcelApi", "1.9")). */
export function featureChecks(
  program: ts.Program,
  files: readonly string[],
): { version: string; where: string }[] {
  const found: { version: string; where: string }[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const match = FEATURE_CHECK.exec(node.getText());
        if (match && /isSetSupported$/.test(node.expression.getText()))
          found.push({
            version: match[1],
            where: `${relative(ROOT, file).split("\\").join("/")}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
          });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
