import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from '../config';
import { openDatabase, type Database } from '../db/client';

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
