import type { Page } from 'playwright-core';

export const ADMIN_PATH = '/plugins/servlet/tablewise/admin';

/** The dev host's login form (the product's, in a real instance). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async logIn(user: string, password: string): Promise<void> {
    await this.page.fill('#os_username', user);
    await this.page.fill('#os_password', password);
    await Promise.all([this.page.waitForLoadState('load'), this.page.click('#login-submit')]);
  }
}

/** The Tablewise admin page: header and in-page navigation. */
export class AdminShellPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, hash = ''): Promise<number> {
    const response = await this.page.goto(baseUrl + ADMIN_PATH + hash);
    return response?.status() ?? 0;
  }

  heading() {
    return this.page.getByRole('heading', { name: 'Tablewise', exact: true });
  }

  navigation() {
    return this.page.getByRole('navigation');
  }

  navLink(label: string) {
    return this.navigation().getByRole('link', { name: label, exact: true });
  }
}
