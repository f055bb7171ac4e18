import type { ComponentType } from 'react';
import { I18n } from '@atlassian/wrm-react-i18n';
import { AboutPage } from '../about';
import { AnalyticsPage } from '../analytics';
import { ExportsPage } from '../exports';
import { PrivacyPage } from '../privacy';
import { TablesPage } from '../tables';
import type { Route } from './routes';

interface PageEntry {
  /** A function, not a string: texts are looked up at render, after the WRM has loaded them. */
  label: () => string;
  Page: ComponentType;
}

/** Keyed by Route so a route without a page (or a page without a route) fails type checking. */
export const PAGES: Record<Route, PageEntry> = {
  tables: { label: () => I18n.getText('tablewise.nav.tables'), Page: TablesPage },
  exports: { label: () => I18n.getText('tablewise.nav.exports'), Page: ExportsPage },
  analytics: { label: () => I18n.getText('tablewise.nav.analytics'), Page: AnalyticsPage },
  privacy: { label: () => I18n.getText('tablewise.nav.privacy'), Page: PrivacyPage },
  about: { label: () => I18n.getText('tablewise.nav.about'), Page: AboutPage },
};
