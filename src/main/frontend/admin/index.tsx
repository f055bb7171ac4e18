/**
 * Entry of the tablewise-admin web-resource (context tablewise.admin). The servlet renders
 * <div id="tablewise-admin" data-context-path data-product data-app-version>; we mount there.
 */
import { createRoot } from 'react-dom/client';
import { ROOT_ELEMENT_ID } from '../api/http';
import { App } from './shell/App';
import { readHostInfo } from './host';

/** Mounts once the root exists; false when it is not (yet) in the document. */
function mount(): boolean {
  const root = document.getElementById(ROOT_ELEMENT_ID);
  if (!root) return false;
  createRoot(root).render(<App host={readHostInfo(root)} />);
  return true;
}

// The WRM may put our script in <head>, before the root element is parsed, or at the end of
// <body>. Listen for both the parse end and ready-state changes: whichever comes first with
// the root present wins. Pages without the root (the context pulled in elsewhere) stay silent.
if (!mount()) {
  const retry = (): void => {
    if (mount() || document.readyState === 'complete') {
      document.removeEventListener('DOMContentLoaded', retry);
      document.removeEventListener('readystatechange', retry);
    }
  };
  document.addEventListener('DOMContentLoaded', retry);
  document.addEventListener('readystatechange', retry);
}
