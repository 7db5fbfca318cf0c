// The schema version written into every workspace file. Raise it with a migration in migrations.ts.
export const SCHEMA_VERSION = 3;
