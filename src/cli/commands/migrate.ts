import { loadConfigOrReport, withDatabase, type Command } from '../command';

export const migrateCommand: Command = {
  summary: 'Apply database migrations (also done on every start)',
  usage: 'migrate',
  async run() {
    const config = loadConfigOrReport();
    if (!config) return 1;
    await withDatabase(config, async (database) => {
      console.log(`Migrations applied to ${database.kind} (${database.location}).`);
    });
    return 0;
  },
};
