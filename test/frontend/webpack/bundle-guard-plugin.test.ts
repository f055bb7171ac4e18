// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findProblems } from '../../../webpack/bundle-guard-plugin.js';

const KEYS = new Set(['tablewise.admin.title']);
const check = (source: string, file = 'a.js') => findProblems(file, source, KEYS);

describe('findProblems', () => {
  it('accepts literal, transformable calls of known keys and XML namespace names', () => {
    expect(check('x.I18n.getText("tablewise.admin.title"),o.I18n.getText(\'tablewise.admin.title\',n)')).toEqual([]);
    expect(check('createElementNS("http://www.w3.org/2000/svg","svg")')).toEqual([]);
    expect(check('\'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\'')).toEqual([]);
  });

  it('rejects absolute and scheme-relative URLs in JS and CSS', () => {
    expect(check('fetch("https://api.statsig.com/v1/initialize")')).toHaveLength(1);
    expect(check('new WebSocket("wss://events.example.com")')).toHaveLength(1);
    expect(check('a{background:url(//cdn.example.com/x.png)}', 'a.css')).toHaveLength(1);
    expect(check('src:"//fonts.example.com/a.woff"')).toHaveLength(1);
  });

  it('rejects calls the product transform cannot rewrite, and unknown keys', () => {
    expect(check('I18n.getText("tablewise.admin.title")')[0]).toMatch(/transformable form/);
    expect(check('x.I18n.getText(k)')[0]).toMatch(/transformable form/);
    expect(check('x.I18n.getText(`tablewise.admin.title`)')[0]).toMatch(/transformable form/);
    expect(check('x.I18n.getText("tablewise.nope")')[0]).toMatch(/not in/);
  });
});
