import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatEta,
  formatInstant,
  formatPercent,
  formatRate,
} from '../../../../src/main/frontend/admin/common/format';

describe('progress formatting', () => {
  it('counts with thousands separators', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'de')).toBe('1.234.567');
  });

  it('shows bytes in binary multiples, one decimal below ten', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1023, 'en')).toBe('1,023 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(12 * 1024 + 100, 'en')).toBe('12 KB');
    expect(formatBytes(3.44 * 1024 ** 2, 'en')).toBe('3.4 MB');
    expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5 GB');
    expect(formatBytes(2048 * 1024 ** 4, 'en')).toBe('2,048 TB');
  });

  it('shows rows per second, with a fraction only when slow', () => {
    expect(formatRate(2010.4, 'en')).toBe('2,010 rows/s');
    expect(formatRate(2.45, 'en')).toBe('2.5 rows/s');
    expect(formatRate(0, 'en')).toBe('0 rows/s');
  });

  it('rounds the time left the way people read it, and says nothing when unknown', () => {
    expect(formatEta(null)).toBeNull();
    expect(formatEta(-1)).toBeNull();
    expect(formatEta(Number.POSITIVE_INFINITY)).toBeNull();
    expect(formatEta(0, 'en')).toBe('about 5 s left');
    expect(formatEta(3, 'en')).toBe('about 5 s left');
    expect(formatEta(41, 'en')).toBe('about 45 s left');
    expect(formatEta(59, 'en')).toBe('about 60 s left');
    expect(formatEta(200, 'en')).toBe('about 3 min left');
    expect(formatEta(3900, 'en')).toBe('about 1 h 5 min left');
  });

  it('shows elapsed time as a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_900)).toBe('0:07');
    expect(formatDuration(725_000)).toBe('12:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('shows shares as whole percents within 0..100', () => {
    expect(formatPercent(0.414, 'en')).toBe('41%');
    expect(formatPercent(1.5, 'en')).toBe('100%');
    expect(formatPercent(-1, 'en')).toBe('0%');
  });

  it('shows instants in the given locale and zone, and unreadable text as it is', () => {
    expect(formatInstant('2026-11-22T10:05:00Z', 'en-GB', 'UTC')).toBe('22 Nov 2026, 10:05');
    expect(formatInstant('yesterday')).toBe('yesterday');
  });
});
