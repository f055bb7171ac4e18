// Third-party error messages carry absolute documentation links. They are never fetched, but
// the bundle promises to hold no absolute URL at all (see bundle-guard-plugin.js), so the
// scheme is dropped: "reactjs.org/docs/..." still tells a person where to look.
// Add a link here only after checking it is message text; code that fetches must be removed.
const DOC_LINKS = [
  'https://reactjs.org/docs/error-decoder.html',
  'https://compiledcssinjs.com/docs/installation',
  // focus-lock's console warning about two focus traps, and prop-types' production error
  // (both pulled in by @atlaskit/modal-dialog through react-focus-lock).
  'https://github.com/theKashey/focus-lock/#focus-fighting',
  'http://fb.me/use-check-prop-types',
];

export default function docLinksLoader(source) {
  return DOC_LINKS.reduce((text, link) => text.split(link).join(link.replace(/^https?:\/\//, '')), source);
}
