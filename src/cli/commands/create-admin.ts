import { createInterface } from 'node:readline/promises';
import { ensureAdminAccount } from '../../modules/accounts/administration-service';
import { emailSchema, passwordSchema } from '../../modules/accounts/schema';
import { systemContext } from '../../shared/service-context';
import { loadConfigOrReport, parseOptions, withDatabase, type Command } from '../command';

export const createAdminCommand: Command = {
  summary: 'Create an administrator account, or make an existing account an administrator',
  usage:
    'create-admin --email EMAIL [--name NAME]   (password from OPC_ADMIN_PASSWORD or a prompt)',
  async run(args) {
    const { values } = parseOptions(args, { email: { type: 'string' }, name: { type: 'string' } });
    const email = emailSchema.safeParse(values.email ?? '');
    if (!email.success) {
      console.error('--email must be a valid e-mail address');
      return 2;
    }
    let password = process.env.OPC_ADMIN_PASSWORD;
    if (!password) {
      if (!process.stdin.isTTY) {
        console.error('Set OPC_ADMIN_PASSWORD or run interactively to be asked for the password.');
        return 2;
      }
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      password = await prompt.question('Password (at least 10 characters): ');
      prompt.close();
    }
    if (!passwordSchema.safeParse(password).success) {
      console.error('The password must be 10 to 128 characters long.');
      return 2;
    }
    const config = loadConfigOrReport();
    if (!config) return 1;
    return withDatabase(config, async (database) => {
      const { created, account } = await ensureAdminAccount(systemContext(database.db, 'cli'), {
        email: email.data,
        password: password!,
        displayName: values.name ?? 'Administrator',
      });
      console.log(
        created
          ? `Created administrator ${account.email}.`
          : `${account.email} already existed; it now holds: ${account.roles.join(', ')} (password unchanged).`,
      );
      return 0;
    });
  },
};
