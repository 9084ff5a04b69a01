/**
 * The gateway's logger: pino, one JSON object a line on stdout (or pretty text when asked for).
 *
 * Every line passes through `redact` just before it is written, whatever it holds (a message,
 * an error's stack, an upstream's text), so no API key, token or client secret can reach a log.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { redact } from '../datasources/errors';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  level: LogLevel;
  /** `pretty` needs the pino-pretty package (a development dependency). */
  format: 'json' | 'pretty';
}

export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: settings.level,
    base: { service: 'stripe-graph-gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err },
    hooks: { streamWrite: redact },
  };
  if (destination) return pino(options, destination);
  if (settings.format === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: false } } });
  }
  // Synchronous writes: a line is on stdout when the call returns, so the last lines before an
  // exit (shutdown, a refused start) are never lost in a buffer.
  return pino(options, pino.destination({ dest: 1, sync: true }));
}
