/**
 * Finds every I18n.getText use in TypeScript source by syntax, not by regex, so a call split
 * over lines or a key built at run time cannot slip past.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface GetTextUse {
  file: string;
  line: number;
  /** The key when the first argument is a plain string literal; null otherwise. */
  key: string | null;
  /** What is wrong with the use, if anything the product's transform could not handle. */
  problem: string | null;
}

function isI18nReference(node: ts.Expression): boolean {
  return (
    (ts.isIdentifier(node) && node.text === 'I18n') ||
    (ts.isPropertyAccessExpression(node) && node.name.text === 'I18n')
  );
}

export function findGetTextUses(file: string, source: string): GetTextUse[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const uses: GetTextUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'getText' && isI18nReference(node.expression)) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const call = node.parent;
      if (!ts.isCallExpression(call) || call.expression !== node) {
        uses.push({ file, line, key: null, problem: 'I18n.getText used other than as a direct call' });
      } else {
        const first = call.arguments[0];
        if (first && ts.isStringLiteral(first)) {
          uses.push({ file, line, key: first.text, problem: null });
        } else {
          uses.push({ file, line, key: null, problem: 'the key is not a string literal' });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

export function findGetTextUsesIn(dir: string): GetTextUse[] {
  return sourceFiles(dir).flatMap((file) => findGetTextUses(file, readFileSync(file, 'utf8')));
}
