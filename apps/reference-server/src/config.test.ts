import { describe, expect, it } from 'vitest';
import { DEV_TOKEN_SECRET, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has defaults: PGlite in ./.data on 127.0.0.1:3000 with the development secret', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './.data',
      TOKEN_SECRET: DEV_TOKEN_SECRET,
      SEED_DEMO_DATA: true,
      CORS_ORIGINS: [],
      REPORT_TIMEOUT_MS: 30_000,
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATABASE_REPORT_CONNECTIONS).toBeUndefined();
  });

  it('reads and validates values', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/banen',
      TOKEN_SECRET: 's'.repeat(40),
      CORS_ORIGINS: 'https://a.nl, https://b.nl',
      STANDARD_VERSIONS: '0.1, 0.2',
      SEED_DEMO_DATA: 'false',
    });
    expect(c).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgres://app@db:5432/banen',
      CORS_ORIGINS: ['https://a.nl', 'https://b.nl'],
      STANDARD_VERSIONS: ['0.1', '0.2'],
      SEED_DEMO_DATA: false,
    });
  });

  it('reads the report time limit and the report share of the pool, and refuses a limit of zero', () => {
    expect(loadConfig({ REPORT_TIMEOUT_MS: '120000', DATABASE_REPORT_CONNECTIONS: '3' })).toMatchObject({
      REPORT_TIMEOUT_MS: 120_000,
      DATABASE_REPORT_CONNECTIONS: 3,
    });
    expect(() => loadConfig({ REPORT_TIMEOUT_MS: '0' })).toThrowError(/REPORT_TIMEOUT_MS/);
  });

  it('refuses a STANDARD_VERSIONS value that is not a list of versions', () => {
    expect(() => loadConfig({ STANDARD_VERSIONS: 'latest' })).toThrowError(/STANDARD_VERSIONS/);
  });

  it('lists every problem without echoing secret values', () => {
    expect(() => loadConfig({ PORT: 'abc', TOKEN_SECRET: 'kort-geheim', DATABASE_URL: 'mysql://x' })).toThrowError(
      /PORT[\s\S]*DATABASE_URL[\s\S]*TOKEN_SECRET/,
    );
    try {
      loadConfig({ TOKEN_SECRET: 'kort-geheim' });
    } catch (e) {
      expect((e as Error).message).not.toContain('kort-geheim');
    }
  });
});
