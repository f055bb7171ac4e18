/** Hash routes of the admin screen: #/tables, #/exports, ... The first is the default. */
export const ROUTES = ['tables', 'exports', 'analytics', 'privacy', 'about'] as const;

export type Route = (typeof ROUTES)[number];

export const DEFAULT_ROUTE: Route = 'tables';

export function parseRoute(hash: string): Route {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0] ?? '';
  return (ROUTES as readonly string[]).includes(id) ? (id as Route) : DEFAULT_ROUTE;
}

export function routeHash(route: Route): string {
  return `#/${route}`;
}
