import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from '../config';
import { openDatabase, type Database } from '../db/client';
import { isIsoDate, type IsoDate } from '../engine';
import { isLanguage, type Language } from '../shared/language';

export interface Command {
  summary: string;
  /** The arguments after the program name, e.g. `audit verify [--json]`. */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Loads the configuration or prints every problem and returns undefined. */
export function loadConfigOrReport(): AppConfig | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return undefined;
    }
    throw error;
  }
}

/** Opens and migrates the configured database, runs `work`, and always closes it. */
export async function withDatabase<T>(
  config: AppConfig,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

/**
 * `--lang` (default zh-Hans) and `--date` as the rules commands take them; undefined after
 * printing what is wrong (the command then exits 2).
 */
export function readLanguageAndDate(values: {
  lang?: string | undefined;
  date?: string | undefined;
}): { language: Language; date: IsoDate | undefined } | undefined {
  const language = values.lang ?? 'zh-Hans';
  if (!isLanguage(language)) {
    console.error('--lang must be zh-Hans, zh-Hant or en');
    return undefined;
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    console.error('--date must be a date written YYYY-MM-DD');
    return undefined;
  }
  return { language, date: values.date };
}
