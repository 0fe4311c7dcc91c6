import { ConfigError, loadDatabaseUrl } from '../config';
import { loadDotEnv } from '../dotenv';
import { createLogger, scrubSecrets } from '../logger';
import { migrate } from '../store/migrate';

async function main(): Promise<void> {
  loadDotEnv();
  const logger = createLogger();
  try {
    const { applied } = await migrate(loadDatabaseUrl(), logger);
    logger.info({ applied: applied.length }, applied.length ? 'migrations applied' : 'database is up to date');
  } catch (err) {
    // One line, no stack trace, no secret: what an operator needs to fix it.
    const message =
      err instanceof ConfigError ? err.message : `migration failed: ${scrubSecrets((err as Error).message)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}

void main();
