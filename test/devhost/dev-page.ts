/**
 * The admin page as the dev host serves it, for tests and screenshots: the same <head> order
 * the Java dev host emits from the generated web-resource XML:
 *   1. <script>window.__TABLEWISE_DEV_I18N__ = {...}</script>   (from tablewise.properties)
 *   2. <script src="/download/resources/dev-shim/wrm-dev-shim.js">  (stands in for product deps)
 *   3. each CSS/JS resource of the context's web-resources, dependencies first, from
 *      /download/resources/<plugin key>/<location>
 */
import { readFileSync } from 'node:fs';
import { readProperties } from '../frontend/support/properties';
import { I18N_FILE, PLUGIN_KEY, WR_XML_FILE } from '../frontend/support/paths';

export const SHIM_URL = '/download/resources/dev-shim/wrm-dev-shim.js';
export const RESOURCE_PREFIX = `/download/resources/${PLUGIN_KEY}/`;

export interface WebResource {
  key: string;
  contexts: string[];
  dependencies: string[];
  /** Locations relative to the jar root, in declaration order. */
  resources: string[];
  transformations: Record<string, string[]>;
}

const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[1] ?? '');

/** Reads the web-resource XML the WRM webpack plugin writes (its regular shape only). */
export function parseWebResources(xml: string): WebResource[] {
  return [...xml.matchAll(/<web-resource\s+key="([^"]+)"[^>]*>([\s\S]*?)<\/web-resource>/g)].map(([, key, body]) => ({
    key: key ?? '',
    contexts: all(/<context>([^<]+)<\/context>/g, body ?? ''),
    dependencies: all(/<dependency>([^<]+)<\/dependency>/g, body ?? ''),
    resources: all(/<resource\s[^>]*location="([^"]+)"/g, body ?? ''),
    transformations: Object.fromEntries(
      [...(body ?? '').matchAll(/<transformation extension="([^"]+)">([\s\S]*?)<\/transformation>/g)].map(
        ([, ext, inner]) => [ext ?? '', all(/<transformer key="([^"]+)"/g, inner ?? '')],
      ),
    ),
  }));
}

/**
 * Resources to load for a context, dependencies before dependants, and the product-provided
 * web-resources (other plugins' keys) the dev shim has to stand in for.
 */
export function resolveContext(webResources: WebResource[], context: string) {
  const byKey = new Map(webResources.map((wr) => [`${PLUGIN_KEY}:${wr.key}`, wr]));
  const resources: string[] = [];
  const provided: string[] = [];
  const seen = new Set<string>();
  const visit = (wr: WebResource): void => {
    if (seen.has(wr.key)) return;
    seen.add(wr.key);
    for (const dependency of wr.dependencies) {
      const own = byKey.get(dependency);
      if (own) visit(own);
      else if (!provided.includes(dependency)) provided.push(dependency);
    }
    resources.push(...wr.resources);
  };
  webResources.filter((wr) => wr.contexts.includes(context)).forEach(visit);
  return { resources, provided };
}

export interface DevPageOptions {
  context?: string;
  contextPath?: string;
  product?: string;
  appVersion?: string;
  /** Texts handed to the shim; defaults to tablewise.properties. */
  texts?: Record<string, string>;
}

const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function devPageHtml(options: DevPageOptions = {}): string {
  const { context = 'tablewise.admin', contextPath = '', product = 'jira', appVersion = '1.0.0' } = options;
  const texts = options.texts ?? Object.fromEntries(readProperties(I18N_FILE));
  const { resources } = resolveContext(parseWebResources(readFileSync(WR_XML_FILE, 'utf8')), context);
  const tags = resources.map((location) =>
    location.endsWith('.css')
      ? `<link rel="stylesheet" href="${contextPath}${RESOURCE_PREFIX}${location}">`
      : `<script src="${contextPath}${RESOURCE_PREFIX}${location}"></script>`,
  );
  // JSON is valid JS; "<" escaped so no text can close the <script> element.
  const i18n = JSON.stringify(texts).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tablewise</title>
<script>window.__TABLEWISE_DEV_I18N__ = ${i18n};</script>
<script src="${contextPath}${SHIM_URL}"></script>
${tags.join('\n')}
</head>
<body>
<div id="tablewise-admin" data-context-path="${escapeAttr(contextPath)}" data-product="${escapeAttr(product)}" data-app-version="${escapeAttr(appVersion)}"></div>
</body>
</html>
`;
}
