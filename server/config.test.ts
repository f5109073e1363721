import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs on the embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicOrigin).toBe('http://localhost:8080');
    expect(config.env).toBe('production');
  });

  it('derives the public origin from the port when not given', () => {
    expect(loadConfig({ PORT: '9000' }).publicOrigin).toBe('http://localhost:9000');
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['TELEDERM_ENV', 'staging'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SEED_DEMO', 'maybe'],
    ['PUBLIC_ORIGIN', 'ftp://example.org'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value.replace(/[/.]/g, '\\$&')}"`));
  });

  it('refuses a shifted clock outside the test environment, and takes it in it', () => {
    for (const env of [{}, { TELEDERM_ENV: 'production' }, { TELEDERM_ENV: 'development' }]) {
      expect(() => loadConfig({ ...env, TEST_CLOCK_OFFSET_MINUTES: '30' })).toThrow(ConfigError);
      expect(() => loadConfig({ ...env, TEST_CLOCK_OFFSET_MINUTES: '30' })).toThrow(
        /TEST_CLOCK_OFFSET_MINUTES="30": .*refused unless TELEDERM_ENV=test/,
      );
    }
    expect(loadConfig({ TELEDERM_ENV: 'test', TEST_CLOCK_OFFSET_MINUTES: '-600' }).testClockOffsetMinutes).toBe(-600);
    expect(loadConfig({ TELEDERM_ENV: 'test' }).testClockOffsetMinutes).toBeUndefined();
    expect(loadConfig({ TEST_CLOCK_OFFSET_MINUTES: '' }).testClockOffsetMinutes).toBeUndefined();
    expect(() => loadConfig({ TELEDERM_ENV: 'test', TEST_CLOCK_OFFSET_MINUTES: '1.5' })).toThrow(ConfigError);
    expect(() => loadConfig({ TELEDERM_ENV: 'test', TEST_CLOCK_OFFSET_MINUTES: '20000' })).toThrow(ConfigError);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('LOG_LEVEL');
    }
  });
});
