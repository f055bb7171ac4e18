/**
 * What the admin servlet tells the page about its host, read once from the root element's
 * data attributes. Kept apart from React so it is trivially testable.
 */
export type Product = 'jira' | 'confluence';

export interface HostInfo {
  contextPath: string;
  /** null when the servlet wrote something we do not know: texts then stay product-neutral. */
  product: Product | null;
  appVersion: string;
}

export function readHostInfo(root: HTMLElement): HostInfo {
  const product = root.dataset.product;
  return {
    contextPath: root.dataset.contextPath ?? '',
    product: product === 'jira' || product === 'confluence' ? product : null,
    appVersion: root.dataset.appVersion ?? '',
  };
}
