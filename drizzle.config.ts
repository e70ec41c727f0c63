import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/schema and committed; name each for what it does:
//   npm run db:generate -- --name=add_applications
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
  strict: true,
  verbose: false,
});
