import { unzipSync } from 'fflate';

/** A deliberately small, independent reader of what XlsxWriter emits: enough to check it. */
export interface ReadCell {
  ref: string;
  type: string | null;
  style: number;
  /** Decoded text for inline strings, the raw <v> otherwise. */
  value: string;
}

export interface ReadSheet {
  name: string;
  rows: ReadCell[][];
  xml: string;
}

export function readWorkbook(bytes: Uint8Array): { sheets: ReadSheet[]; files: Record<string, string> } {
  const entries = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = new TextDecoder().decode(data);
  const workbook = files['xl/workbook.xml'] ?? '';
  const names = [...workbook.matchAll(/<sheet name="([^"]*)" sheetId="(\d+)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  const sheets = names.map((name, i) => {
    const xml = files[`xl/worksheets/sheet${i + 1}.xml`] ?? '';
    let rows: ReadCell[][] | null = null;
    // Parsed on first use: the real-limit test only looks at the XML of a million rows.
    return {
      name,
      xml,
      get rows() {
        return (rows ??= readRows(xml));
      },
    };
  });
  return { sheets, files };
}

function readRows(xml: string): ReadCell[][] {
  const rows: ReadCell[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/gs)) {
    const cells: ReadCell[] = [];
    for (const c of (row[2] ?? '').matchAll(/<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)>(.*?)<\/c>/gs)) {
      const attrs = c[2] ?? '';
      const type = /t="([^"]*)"/.exec(attrs)?.[1] ?? null;
      const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? '0');
      const body = c[3] ?? '';
      const value = type === 'inlineStr' ? decodeText(/<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1] ?? '') : (/<v>(.*?)<\/v>/.exec(body)?.[1] ?? '');
      cells.push({ ref: c[1] ?? '', type, style, value });
    }
    rows.push(cells);
  }
  return rows;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#\d+);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : String.fromCharCode(Number(e.slice(1))),
  );
}

/** Entities, then Excel's _xHHHH_ escapes, as Excel reads them. */
export function decodeText(s: string): string {
  return decodeEntities(s).replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** XML 1.0 Char production: what may appear in a well-formed document. */
export function hasIllegalXmlChars(xml: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml);
}
