import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, parseRoute, routeHash, ROUTES } from '../../../../src/main/frontend/admin/shell/routes';

describe('routes', () => {
  it.each([
    ['', 'tables'],
    ['#', 'tables'],
    ['#/', 'tables'],
    ['#/exports', 'exports'],
    ['#exports', 'exports'],
    ['#/about/licences', 'about'],
    ['#/analytics?from=menu', 'analytics'],
    ['#/nope', 'tables'],
    ['#/Tables', 'tables'],
  ])('reads %j as %s', (hash, route) => {
    expect(parseRoute(hash)).toBe(route);
  });

  it('round-trips every route through its hash', () => {
    for (const route of ROUTES) expect(parseRoute(routeHash(route))).toBe(route);
    expect(DEFAULT_ROUTE).toBe(ROUTES[0]);
  });
});
