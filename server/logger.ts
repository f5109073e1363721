import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.ts';

const redact = {
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
};

/** A request's log line as the text format prints it: "GET /api/worklist 200 12 ms". */
function requestLine(log: Record<string, unknown>): string | null {
  const req = log['req'] as { method?: string; url?: string } | undefined;
  const res = log['res'] as { statusCode?: number } | undefined;
  if (!req?.method || !res?.statusCode) return null;
  return `${req.method} ${req.url ?? ''} ${res.statusCode} ${Math.round(Number(log['responseTime'] ?? 0))} ms`;
}

/**
 * Logs without credentials or tokens. `json` (LOG_FORMAT, the default with DATABASE_URL) writes one object per line
 * for a log collector; `text` (the default on the embedded database) one readable line per event, so the start-up
 * banner and the demo sign-ins are not buried.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'env'> & { logFormat?: Config['logFormat'] },
  destination: NodeJS.WritableStream = process.stdout,
): Logger {
  if (config.logFormat !== 'text') {
    // pino's own fast writer for standard output; any other stream (a test's) as given.
    return destination === process.stdout
      ? pino({ level: config.logLevel, redact })
      : pino({ level: config.logLevel, redact }, destination as DestinationStream);
  }
  const stream = pretty({
    destination,
    sync: true,
    colorize: false,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId,req,res,responseTime',
    messageFormat: (log, messageKey) => {
      // pino always writes the message as a string, or leaves it out.
      const message = log[messageKey];
      return requestLine(log) ?? (typeof message === 'string' ? message : '');
    },
  });
  return pino({ level: config.logLevel, redact }, stream);
}
