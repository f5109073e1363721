import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { loggedUrl } from './request-log.ts';

describe('request logs', () => {
  it('keep no query string, no patient link token and no invitation token', () => {
    expect(loggedUrl('/api/worklist?kind=referral')).toBe('/api/worklist?…');
    expect(loggedUrl('/p/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde')).toBe('/p/[token]');
    expect(loggedUrl('/p/AbCdEf/letter?x=1')).toBe('/p/[token]/letter?…');
    expect(loggedUrl('/api/requests/1f0c/outcome')).toBe('/api/requests/1f0c/outcome');
    expect(loggedUrl('/api/p/x')).toBe('/api/p/x');
    expect(loggedUrl('/invitation/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde')).toBe('/invitation/[token]');
    expect(loggedUrl('/invitation/AbCdEf?from=email')).toBe('/invitation/[token]?…');
    expect(loggedUrl('/api/invitations/open')).toBe('/api/invitations/open');
  });

  it('read as one line per request in the text format, as JSON in the json format', () => {
    const lines: string[] = [];
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const request = { req: { method: 'GET', url: '/api/worklist' }, res: { statusCode: 200 }, responseTime: 12.4 };
    const text = createLogger({ env: 'production', logLevel: 'info', logFormat: 'text' }, capture);
    text.info({ ...request, reqId: 'r1' }, 'request');
    text.info({ applied: ['0001'] }, 'migrations applied');
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GET \/api\/worklist 200 12 ms$/);
    expect(lines[1]).toMatch(/INFO: migrations applied \{"applied":\["0001"\]\}$/);

    const json = createLogger({ env: 'production', logLevel: 'info', logFormat: 'json' }, capture);
    json.info(request, 'request');
    expect(JSON.parse(lines[2]!)).toMatchObject({
      msg: 'request',
      res: { statusCode: 200 },
      level: pino.levels.values['info'],
    });
  });
});
