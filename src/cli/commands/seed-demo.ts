import { describeDemoLogins, seedDemoData } from '../../modules/demo/service';
import { systemContext } from '../../shared/service-context';
import { loadConfigOrReport, withDatabase, type Command } from '../command';

export const seedDemoCommand: Command = {
  summary: 'Load the demo accounts, people and organisations into an empty database',
  usage: 'seed-demo',
  async run() {
    const config = loadConfigOrReport();
    if (!config) return 1;
    if (config.environment === 'production') {
      console.error('Refusing to seed demo data when NODE_ENV=production.');
      return 1;
    }
    return withDatabase(config, async (database) => {
      const { seeded } = await seedDemoData(systemContext(database.db, 'seed-demo'));
      if (!seeded) {
        console.error(
          'The database already has accounts; demo data is only loaded into an empty database.',
        );
        return 1;
      }
      for (const line of describeDemoLogins()) console.log(line);
      return 0;
    });
  },
};
