import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { clockStartingAt } from './shared/clock';

describe('loadConfig', () => {
  it('defaults to embedded SQLite in demo mode on port 4000, Asia/Shanghai', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      database: { type: 'sqlite', path: 'data/sanxin.sqlite' },
      businessTimeZone: 'Asia/Shanghai',
      demo: true,
      escalationIntervalSeconds: 60,
      causalReads: 'auto',
    });
  });

  it('trusts no proxy unless TRUST_PROXY names some', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'any proxy; really' })).toThrow(/TRUST_PROXY/);
  });

  it('never seeds demo data by default in production, on either database', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'mysql://root@127.0.0.1:3306/x' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SANXIN_DEMO: '1' }).demo).toBe(true);
  });

  it('reads the escalation period and the causal-reads setting', () => {
    expect(loadConfig({ ESCALATION_INTERVAL_SECONDS: '5', DB_CAUSAL_READS: 'on' })).toMatchObject({ escalationIntervalSeconds: 5, causalReads: 'on' });
  });

  it('reads the CORS allowlist (none by default: same origin only)', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
  });

  it('uses MySQL when DATABASE_URL is set, without demo data unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://sanxin:secret@db:3306/sanxin' });
    expect(config).toMatchObject({ database: { type: 'mysql', url: 'mysql://sanxin:secret@db:3306/sanxin' }, demo: false });
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/x', SANXIN_DEMO: '1' }).demo).toBe(true);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://localhost/sanxin' }],
    ['TZ_BUSINESS', { TZ_BUSINESS: 'Mars/Olympus' }],
    ['SANXIN_DEMO', { SANXIN_DEMO: 'maybe' }],
    ['ESCALATION_INTERVAL_SECONDS', { ESCALATION_INTERVAL_SECONDS: '0' }],
    ['DB_CAUSAL_READS', { DB_CAUSAL_READS: 'sometimes' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://app.example.com, *' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://app.example.com/path' }],
    ['SANXIN_TEST_NOW', { SANXIN_TEST_NOW: 'next tuesday' }],
    ['SANXIN_TEST_NOW', { SANXIN_TEST_NOW: '2026-12-31T15:30:00Z', NODE_ENV: 'production' }],
  ])('stops with a message naming %s when it is invalid', (name, env) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(new RegExp(`^Invalid configuration:\\n  ${name}:`));
  });

  it('runs the process on a clock started at SANXIN_TEST_NOW, moving at real speed', () => {
    const config = loadConfig({ SANXIN_TEST_NOW: '2028-02-29T01:00:00Z' });
    expect(config.testNow?.toISOString()).toBe('2028-02-29T01:00:00.000Z');
    let real = 1_000_000;
    const clock = clockStartingAt(config.testNow as Date, () => real);
    expect(clock.now().toISOString()).toBe('2028-02-29T01:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2028-02-29T01:01:30.000Z');
  });
});
