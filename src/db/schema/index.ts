// The whole database schema. drizzle-kit reads this file; every domain adds its tables here.
export * from './accounts';
export * from './people';
export * from './audit';
export * from './applications';
export * from './allowances';
export * from './budgets';
export * from './payments';
export * from './notifications';
export * from './hetao';
export * from './rules';
export * from './vouchers';
export * from './spaces';
