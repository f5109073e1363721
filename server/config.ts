import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

/**
 * Every setting the service reads from its environment, with defaults for the
 * embedded mode. Parsed once at start; nothing else reads `process.env`.
 */
const configSchema = z
  .object({
    TELEDERM_ENV: z.enum(['development', 'production', 'test']).default('production'),
    TELEDERM_MODE: z.enum(['all', 'web', 'worker']).default('all'),
    HOST: z.string().min(1).default('localhost'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    /** Where users reach the service; defaults to http://localhost:PORT. */
    PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/ })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    DATABASE_POOL_MAX: positiveInt.max(100).default(10),
    SEED_DEMO: booleanFlag.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * `text`: one readable line per event and per request, for a person at a terminal (the default on the embedded
     * database). `json`: one JSON object per line, for a log collector (the default with DATABASE_URL).
     */
    LOG_FORMAT: z.enum(['text', 'json']).optional(),
    /** Postcode locations for distances to clinic sites: an ONS Postcode Directory CSV (pcds, lat, long). */
    POSTCODES_CSV: z
      .string()
      .min(1)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    TRUST_PROXY: booleanFlag.default(false),
    /** smtp://user:pass@host:port; when absent, email goes to the local mail sink under DATA_DIR/mail. */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/ })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default('Telederm <no-reply@telederm.localhost>'),
    /** GOV.UK Notify: API key and an SMS template whose body is ((body)). Without them, texts go to the local sink. */
    NOTIFY_API_KEY: z.string().min(20).optional(),
    NOTIFY_SMS_TEMPLATE_ID: z.uuid().optional(),
    /** How long a patient link works, in days. */
    PATIENT_LINK_DAYS: positiveInt.max(90).default(14),
    /** file:///path (default: DATA_DIR/files) or s3://bucket/optional/prefix */
    STORAGE_URL: z
      .string()
      .regex(
        /^(file:\/\/\/|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$)/,
        'must be file:///path or s3://bucket[/prefix]',
      )
      .optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('eu-west-2'),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.optional(),
    MAX_UPLOAD_MB: positiveInt.max(200).default(25),
    MAX_IMAGES_PER_REQUEST: positiveInt.max(500).default(30),
    MAX_IMAGE_MEGAPIXELS: positiveInt.max(200).default(50),
    MAX_UPLOADS_PER_USER_PER_DAY: positiveInt.default(300),
    /** A consultant's claim on a case lapses after this long without activity. */
    REVIEW_CLAIM_MINUTES: positiveInt.max(24 * 60).default(30),
    SESSION_IDLE_MINUTES: positiveInt.default(30),
    SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
    SIGN_IN_WINDOW_MINUTES: positiveInt.default(15),
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS: positiveInt.default(5),
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(50),
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: positiveInt.default(20),
    SIGN_IN_LOCKOUT_MINUTES: positiveInt.default(15),
    /**
     * The browser tests only: the service's clock runs this many minutes from the real time (a week at most
     * either way), so that clinic tests run in clinic hours whatever the hour they start at. Refused unless
     * TELEDERM_ENV=test: a service that told the wrong time would send reminders, escalations and letters wrongly.
     */
    TEST_CLOCK_OFFSET_MINUTES: z
      .literal('')
      .transform(() => undefined)
      .or(
        z.coerce
          .number()
          .int()
          .min(-7 * 24 * 60)
          .max(7 * 24 * 60),
      )
      .optional(),
  })
  .superRefine((c, context) => {
    if (c.TEST_CLOCK_OFFSET_MINUTES !== undefined && c.TELEDERM_ENV !== 'test') {
      context.addIssue({
        code: 'custom',
        path: ['TEST_CLOCK_OFFSET_MINUTES'],
        message: `moves the service's clock for the browser tests; refused unless TELEDERM_ENV=test (it is ${c.TELEDERM_ENV})`,
      });
    }
  });

export type Config = {
  env: 'development' | 'production' | 'test';
  mode: 'all' | 'web' | 'worker';
  host: string;
  port: number;
  publicOrigin: string;
  dataDir: string;
  /** A PostgreSQL server; when absent the embedded PGlite database under dataDir is used. */
  databaseUrl: string | undefined;
  databasePoolMax: number;
  seedDemo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  notify: { apiKey: string | undefined; smsTemplateId: string | undefined };
  patientLinkDays: number;
  logLevel: string;
  logFormat: 'text' | 'json';
  /** Loaded at start when it has changed since the last load (docs/clinics.md). */
  postcodesCsv: string | undefined;
  trustProxy: boolean;
  storage:
    | { kind: 'file'; root: string }
    | {
        kind: 's3';
        bucket: string;
        prefix: string;
        endpoint: string | undefined;
        region: string;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
        forcePathStyle: boolean;
      };
  uploads: { maxBytes: number; maxImagesPerRequest: number; maxPixels: number; maxPerUserPerDay: number };
  session: { idleMinutes: number; absoluteHours: number };
  reviewClaimMinutes: number;
  signIn: {
    windowMinutes: number;
    /** Failures on one account from one address: the lock that an attacker elsewhere cannot set off. */
    maxFailuresPerAccountAndAddress: number;
    /** Failures on one account from anywhere: a higher ceiling against attempts spread over many addresses. */
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    lockoutMinutes: number;
  };
  /** The browser tests' shift of the service's clock, in minutes; only ever set when env is 'test'. */
  testClockOffsetMinutes: number | undefined;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment, or throws a ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  return {
    env: c.TELEDERM_ENV,
    mode: c.TELEDERM_MODE,
    host: c.HOST,
    port: c.PORT,
    publicOrigin: new URL(c.PUBLIC_ORIGIN ?? `http://localhost:${c.PORT}`).origin,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    databasePoolMax: c.DATABASE_POOL_MAX,
    seedDemo: c.SEED_DEMO,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    notify: { apiKey: c.NOTIFY_API_KEY, smsTemplateId: c.NOTIFY_SMS_TEMPLATE_ID },
    patientLinkDays: c.PATIENT_LINK_DAYS,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT ?? (c.DATABASE_URL ? 'json' : 'text'),
    postcodesCsv: c.POSTCODES_CSV ? path.resolve(c.POSTCODES_CSV) : undefined,
    trustProxy: c.TRUST_PROXY,
    storage: storageOf(c, path.resolve(c.DATA_DIR)),
    uploads: {
      maxBytes: c.MAX_UPLOAD_MB * 1024 * 1024,
      maxImagesPerRequest: c.MAX_IMAGES_PER_REQUEST,
      maxPixels: c.MAX_IMAGE_MEGAPIXELS * 1_000_000,
      maxPerUserPerDay: c.MAX_UPLOADS_PER_USER_PER_DAY,
    },
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS },
    reviewClaimMinutes: c.REVIEW_CLAIM_MINUTES,
    signIn: {
      windowMinutes: c.SIGN_IN_WINDOW_MINUTES,
      maxFailuresPerAccountAndAddress: c.SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      maxFailuresPerAccount: c.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: c.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      lockoutMinutes: c.SIGN_IN_LOCKOUT_MINUTES,
    },
    testClockOffsetMinutes: c.TEST_CLOCK_OFFSET_MINUTES,
  };
}

function storageOf(c: z.infer<typeof configSchema>, dataDir: string): Config['storage'] {
  const url = c.STORAGE_URL;
  if (!url) return { kind: 'file', root: path.join(dataDir, 'files') };
  if (url.startsWith('file://')) return { kind: 'file', root: new URL(url).pathname };
  const parsed = new URL(url);
  const prefix = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
  return {
    kind: 's3',
    bucket: parsed.hostname,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    endpoint: c.S3_ENDPOINT,
    region: c.S3_REGION,
    accessKeyId: c.S3_ACCESS_KEY_ID,
    secretAccessKey: c.S3_SECRET_ACCESS_KEY,
    forcePathStyle: c.S3_FORCE_PATH_STYLE ?? Boolean(c.S3_ENDPOINT),
  };
}
