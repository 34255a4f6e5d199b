/**
 * Collects every regular expression in `@dateline/core`'s source: regex
 * literals, and `new RegExp(…)` / `RegExp(…)` calls whose pattern is a
 * constant expression (string literals, `+`, templates, `const`
 * identifiers of this file, `regex.source`, `[…].join(sep)` over constant
 * strings, `escape(x)` left to the caller to avoid).
 *
 * Reading the source (rather than hooking `RegExp` at run time) finds the
 * literals too, which never go through the constructor, and finds patterns
 * on code paths no test happens to reach.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

export const coreSource = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'core', 'src')

export interface FoundRegex {
  /** `layout/dates.ts:17`. */
  where: string
  source?: string
  flags?: string
  /** Why the pattern could not be read statically, when it could not. */
  unresolved?: string
}

export function sourceFiles(folder = coreSource): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) found.push(path)
  }
  return found.sort()
}

export function collectRegexes(folder = coreSource): FoundRegex[] {
  const found: FoundRegex[] = []
  for (const path of sourceFiles(folder)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const constants = new Map<string, ts.Expression>()
    const gather = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) {
        constants.set(node.name.text, node.initializer)
      }
      ts.forEachChild(node, gather)
    }
    gather(file)

    const where = (node: ts.Node) => {
      const {line} = file.getLineAndCharacterOfPosition(node.getStart(file))
      return relative(folder, path) + ':' + (line + 1)
    }

    const fold = (node: ts.Expression, depth = 0): string => {
      if (depth > 20) throw new Error('constant too deep')
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
      if (ts.isParenthesizedExpression(node)) return fold(node.expression, depth + 1)
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        return fold(node.left, depth + 1) + fold(node.right, depth + 1)
      }
      if (ts.isTemplateExpression(node)) {
        let text = node.head.text
        for (const span of node.templateSpans) text += fold(span.expression, depth + 1) + span.literal.text
        return text
      }
      if (ts.isIdentifier(node)) {
        const value = constants.get(node.text)
        if (!value) throw new Error('`' + node.text + '` is not a constant of this file')
        return fold(value, depth + 1)
      }
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
        const target = ts.isIdentifier(node.expression) ? constants.get(node.expression.text) : node.expression
        if (target && ts.isRegularExpressionLiteral(target)) return splitLiteral(target.text).source
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'join' &&
        node.arguments.length === 1
      ) {
        const list = resolveArray(node.expression.expression, depth)
        const separator = fold(node.arguments[0]!, depth + 1)
        return list.map((item) => fold(item, depth + 1)).join(separator)
      }
      throw new Error('cannot fold `' + node.getText(file).slice(0, 60) + '`')
    }

    const resolveArray = (node: ts.Expression, depth: number): ts.Expression[] => {
      let target: ts.Expression | undefined = node
      if (ts.isIdentifier(node)) target = constants.get(node.text)
      while (target && (ts.isAsExpression(target) || ts.isParenthesizedExpression(target))) target = target.expression
      if (target && ts.isArrayLiteralExpression(target)) return [...target.elements].filter(ts.isExpression)
      throw new Error('cannot fold the list `' + node.getText(file).slice(0, 60) + '` (depth ' + depth + ')')
    }

    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        found.push({where: where(node), ...splitLiteral(node.text)})
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        try {
          if (!pattern) throw new Error('no pattern')
          found.push({where: where(node), source: fold(pattern), flags: flags ? fold(flags) : ''})
        } catch (error) {
          found.push({where: where(node), unresolved: (error as Error).message})
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}

function splitLiteral(text: string): {source: string; flags: string} {
  const end = text.lastIndexOf('/')
  return {source: text.slice(1, end), flags: text.slice(end + 1)}
}
