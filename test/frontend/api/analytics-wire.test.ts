/**
 * The analytics wire fixtures against the TypeScript types: assigning them type-checks them
 * (tsc --noEmit runs over tests), and the runtime checks pin what a type cannot, such as key
 * order of a row. AnalyticsWireContractTest.java holds the Java DTOs to the same files.
 */
import { describe, expect, it } from 'vitest';
import type {
  AnalyticsPreview,
  AnalyticsPurge,
  AnalyticsSettings,
  AnalyticsView,
} from '../../../src/main/frontend/api/types';
import preview from '../../fixtures/wire/analytics/preview.json';
import purge from '../../fixtures/wire/analytics/purge.json';
import settings from '../../fixtures/wire/analytics/settings.json';
import viewOff from '../../fixtures/wire/analytics/view-off.json';
import view from '../../fixtures/wire/analytics/view.json';

const typedView: AnalyticsView = view as AnalyticsView;
const typedViewOff: AnalyticsView = viewOff as AnalyticsView;
const typedSettings: AnalyticsSettings = settings;
const typedPreview: AnalyticsPreview = preview as AnalyticsPreview;
const typedPurge: AnalyticsPurge = purge;

describe('the analytics wire fixtures', () => {
  it('have exactly the fields of their types', () => {
    expect(Object.keys(typedView)).toEqual(['settings', 'status']);
    expect(Object.keys(typedView.settings)).toEqual(Object.keys(typedSettings));
    expect(Object.keys(typedView.status)).toEqual([
      'state',
      'queued',
      'dropped',
      'lastSuccessAt',
      'lastError',
      'nextAttemptAt',
      'consecutiveFailures',
    ]);
    expect(Object.keys(typedView.status.lastError ?? {})).toEqual(['at', 'status', 'message', 'retrying']);
    expect(typedViewOff.status.state).toBe('OFF');
    expect(Object.keys(typedPurge)).toEqual(['purged']);
  });

  it('spell preview rows exactly as the protocol does, keys in order', () => {
    expect(Object.keys(typedPreview)).toEqual(['queued', 'batchSize', 'endpoint', 'rows']);
    for (const row of typedPreview.rows) {
      expect(Object.keys(row)).toEqual([
        'ID',
        'ProductTenant',
        'Product',
        'Name',
        'ProductVersion',
        'UpdateDate',
        'AppVersion',
      ]);
    }
  });
});
