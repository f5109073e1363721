import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

/** Structured JSON logs; credentials and tokens never reach them. */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.csrfToken',
      ],
      censor: '[redacted]',
    },
    ...(config.env === 'development' ? { transport: { target: 'pino-pretty' } } : {}),
  });
}
