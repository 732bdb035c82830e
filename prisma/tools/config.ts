// Configuration of the migration tools: the database they migrate. Read once and validated; a bad or missing
// value stops the tool with one line naming the variable.
import { frozen, readConfig, vars, type LogLevel } from "@bilten/platform";

export const migrationShape = { DATABASE_URL: vars.databaseUrl.unwrap(), LOG_LEVEL: vars.logLevel };

export interface MigrationConfig {
  readonly databaseUrl: string;
  readonly logLevel: LogLevel;
}

export function readMigrationConfig(env: NodeJS.ProcessEnv = process.env): MigrationConfig {
  const values = readConfig(migrationShape, env);
  return frozen({ databaseUrl: values.DATABASE_URL, logLevel: values.LOG_LEVEL });
}
