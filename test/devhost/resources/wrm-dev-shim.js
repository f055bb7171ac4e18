/*
 * wrm-dev-shim.js: what Jira/Confluence would provide to Tablewise's bundle, for the dev host
 * and browser tests, where no product runs. Served as /download/resources/dev-shim/wrm-dev-shim.js
 * right after the page sets window.__TABLEWISE_DEV_I18N__ = { key: pattern, ... } and before
 * the bundle. Plain ES2017 and no modules: it runs as a classic <script> in <head>.
 *
 * It stands in for these web-resources the generated XML depends on:
 *   com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path  AJS.contextPath, wrm/context-path
 *   com.atlassian.plugins.atlassian-plugins-webresource-plugin:format        WRM.format, AJS.format, wrm/format
 *   com.atlassian.plugins.atlassian-plugins-webresource-plugin:i18n          WRM.I18n, AJS.I18n, wrm/i18n
 * plus wrm/data, wrm/require and a minimal synchronous AMD define/require when the page has none.
 *
 * Texts: the product rewrites `x.I18n.getText('key')` while serving (jsI18n) or, in its
 * two-phase mode, serves the bundle untouched and answers WRM.I18n.getText at run time from a
 * key map. A dev host does not rewrite files, so this shim is the two-phase runtime: getText
 * looks the key up in __TABLEWISE_DEV_I18N__ and formats it with MessageFormat rules.
 * Keys it cannot find are shown raw (as the product does), warned about, and listed in
 * window.__TABLEWISE_DEV_I18N_MISSING__ so browser tests can fail on them.
 */
(function (window) {
  'use strict';

  var document = window.document;

  // ---- MessageFormat subset, the same one WRM's format implements ----------------------

  // Splits off the next top-level {...} that is not inside '...' quotes.
  function nextPlaceholder(message) {
    var quoted = false;
    var depth = 0;
    var open = -1;
    for (var i = 0; i < message.length; i++) {
      var c = message.charAt(i);
      if (c === "'") quoted = !quoted;
      if (quoted) continue;
      if (c === '{') {
        if (depth === 0) open = i;
        depth++;
      } else if (c === '}' && depth > 0) {
        depth--;
        if (depth === 0) {
          return { before: message.substring(0, open), body: message.substring(open + 1, i), end: i + 1 };
        }
      }
    }
    return null;
  }

  // In MessageFormat a lone quote only toggles quoting and '' is one literal quote.
  function unquote(text) {
    return text.replace(/''|'/g, function (quote) { return quote.length === 2 ? "'" : ''; });
  }

  function choose(options, value, args) {
    var parts = options.split('|');
    var chosen = '';
    for (var i = 0; i < parts.length; i++) {
      var m = /^(-?\d+(?:\.\d+)?)([#<])([\s\S]*)$/.exec(parts[i]);
      if (!m) continue;
      var limit = parseFloat(m[1]);
      if (i === 0 || (m[2] === '#' ? value >= limit : value > limit)) chosen = m[3];
      else break;
    }
    return format.apply(null, [chosen].concat(args));
  }

  function argument(body, args) {
    var m = /^(\d+)(?:,\s*(number|choice)\s*(?:,([\s\S]*))?)?$/.exec(body);
    if (!m) return '{' + body + '}';
    var index = parseInt(m[1], 10);
    var value = index < args.length ? args[index] : '';
    if (m[2] === 'choice') return choose(m[3] || '', Number(value), args);
    return value;
  }

  /** format('Hello {0}', 'world'): Java MessageFormat's {n}, {n,number}, {n,choice,...} and quoting. */
  function format(message) {
    var args = Array.prototype.slice.call(arguments, 1);
    var out = '';
    var rest = message == null ? '' : String(message);
    var next = nextPlaceholder(rest);
    while (next) {
      out += unquote(next.before) + argument(next.body, args);
      rest = rest.substring(next.end);
      next = nextPlaceholder(rest);
    }
    return out + unquote(rest);
  }

  // ---- i18n ------------------------------------------------------------------------------

  var texts = window.__TABLEWISE_DEV_I18N__ || {};
  var keyMap = new Map(Object.keys(texts).map(function (key) { return [key, texts[key]]; }));
  var missing = (window.__TABLEWISE_DEV_I18N_MISSING__ = window.__TABLEWISE_DEV_I18N_MISSING__ || []);

  var I18n = {
    km: keyMap,
    format: format,
    getText: function (key) {
      var pattern = keyMap.get(key);
      if (pattern === undefined) {
        if (missing.indexOf(key) === -1) missing.push(key);
        window.console.warn('wrm-dev-shim: no text for i18n key "' + key + '"');
        pattern = key;
      }
      // Read WRM.I18n.format at each call: @atlassian/wrm-react-i18n swaps in its React-aware
      // formatter around this call, exactly as it does with the product's WRM.
      var formatter = (window.WRM && window.WRM.I18n && window.WRM.I18n.format) || format;
      return formatter.apply(null, [pattern].concat(Array.prototype.slice.call(arguments, 1)));
    },
  };

  // ---- context path, data, require ------------------------------------------------------

  // The products render <meta name="ajs-context-path">; our servlet also writes the root
  // element's data-context-path. Read lazily: this script runs before <body> exists.
  function contextPath() {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    if (meta) return meta.getAttribute('content') || '';
    var root = document.getElementById('tablewise-admin');
    if (root && root.hasAttribute('data-context-path')) return root.getAttribute('data-context-path') || '';
    return window.__TABLEWISE_DEV_CONTEXT_PATH__ || '';
  }

  var data = {
    // No data providers on the dev host: every claim finds nothing, as for an unknown key.
    claim: function () { return undefined; },
  };

  // Everything the dev host serves is already on the page, so loading more resolves at once.
  function wrmRequire(resources, callback) {
    var done = Promise.resolve();
    if (typeof callback === 'function') done.then(function () { callback(); });
    return done;
  }

  // ---- globals ---------------------------------------------------------------------------

  var WRM = (window.WRM = window.WRM || {});
  WRM.format = format;
  WRM.I18n = I18n;
  WRM.contextPath = contextPath;
  WRM.data = data;
  WRM.require = wrmRequire;

  var AJS = (window.AJS = window.AJS || {});
  AJS.contextPath = contextPath;
  AJS.format = format;
  AJS.I18n = { getText: I18n.getText, keys: texts };
  ['log', 'warn', 'error'].forEach(function (level) {
    if (!AJS[level]) AJS[level] = function () { window.console[level].apply(window.console, arguments); };
  });

  // ---- AMD: a minimal synchronous loader unless the page already has one ------------------

  if (typeof window.define !== 'function' || typeof window.require !== 'function') {
    var registry = {};

    var resolve = function (name) {
      var entry = registry[name];
      if (!entry) throw new Error("Module name '" + name + "' has not been loaded yet");
      if (!entry.resolved) {
        entry.resolved = true;
        entry.value = typeof entry.factory === 'function' ? entry.factory.apply(null, entry.deps.map(resolve)) : entry.factory;
      }
      return entry.value;
    };

    var define = function (name, deps, factory) {
      // Anonymous modules need a file-based loader; nothing we serve defines them.
      if (typeof name !== 'string') throw new Error('wrm-dev-shim: anonymous define() is not supported');
      if (!Array.isArray(deps)) {
        factory = deps;
        deps = [];
      }
      registry[name] = { deps: deps, factory: factory, resolved: false, value: undefined };
    };
    define.amd = {};

    window.define = define;
    window.require = function (deps, callback) {
      if (typeof deps === 'string') return resolve(deps);
      var values = deps.map(resolve);
      if (typeof callback === 'function') callback.apply(null, values);
      return undefined;
    };
  }

  window.define('wrm/format', [], function () { return format; });
  window.define('wrm/i18n', [], function () { return I18n; });
  window.define('wrm/context-path', [], function () { return contextPath; });
  window.define('wrm/data', [], function () { return data; });
  window.define('wrm/require', [], function () { return wrmRequire; });
})(window);
