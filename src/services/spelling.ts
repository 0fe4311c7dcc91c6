// The English dictionary for the draft modal's spell check, loaded once at start (about 0.2 s and
// 16 MB). dictionary-en is an ES module with a top-level await, which neither jest nor `node dist`
// can require from CommonJS, so its two Hunspell files are read directly from where Node resolves
// packages. German, Spanish and French dictionaries cost 50 to 360 MB each in nspell: not loaded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import type { Speller } from '../domain/spelling';

function dictionaryDir(name: string): string | undefined {
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = join(dir, name);
    if (existsSync(join(candidate, 'index.aff'))) return candidate;
  }
  return undefined;
}

let english: Speller | null | undefined;

/** The English speller, or null when the dictionary is not installed (the modal then skips the check). */
export function englishSpeller(): Speller | null {
  if (english !== undefined) return english;
  const dir = dictionaryDir('dictionary-en');
  english = dir ? nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic'))) : null;
  return english;
}
