/**
 * Reads a .properties file the way java.util.Properties.load(InputStream) does: ISO-8859-1,
 * `#`/`!` comments, `=`/`:`/whitespace separators, backslash line continuations and escapes
 * (\uXXXX, \t, \n, ...). Tests read the same file the product serves texts from.
 */
import { readFileSync } from 'node:fs';

function unescape(text: string): string {
  return text.replace(/\\(u([0-9a-fA-F]{4})|.)/g, (_match, escape: string, hex?: string) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return { t: '\t', n: '\n', r: '\r', f: '\f' }[escape] ?? escape;
  });
}

/** Physical lines joined into logical lines (a line ending in an odd number of \ continues). */
function logicalLines(source: string): string[] {
  const lines: string[] = [];
  let pending: string | null = null;
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line: string = pending === null ? raw.replace(/^[ \t\f]+/, '') : pending + raw.replace(/^[ \t\f]+/, '');
    const trailing = /\\*$/.exec(line)?.[0].length ?? 0;
    if (trailing % 2 === 1) {
      pending = line.slice(0, -1);
    } else {
      pending = null;
      lines.push(line);
    }
  }
  if (pending !== null) lines.push(pending);
  return lines;
}

export function parseProperties(source: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of logicalLines(source)) {
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    // The key ends at the first unescaped separator; whitespace around it is dropped.
    const match = /^((?:\\.|[^\\=:\s])*)[ \t\f]*(?:[=:][ \t\f]*)?([\s\S]*)$/.exec(line);
    if (!match) continue;
    result.set(unescape(match[1] ?? ''), unescape(match[2] ?? ''));
  }
  return result;
}

export function readProperties(file: string): Map<string, string> {
  return parseProperties(readFileSync(file, 'latin1'));
}
