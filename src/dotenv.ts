import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads `.env` from the working directory when there is one (Node's own parser, Node ≥ 20.12).
 * Variables already set in the environment win, as with every dotenv convention.
 */
export function loadDotEnv(file: string = path.resolve(process.cwd(), '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
