import { looksLikeFirstName, looksLikeFullName } from '../draft-tidy';
import { NAME_AND_ORGANISATION, NAME_AND_ORGANISATION_CASELESS } from './patterns';

/**
 * Who I am without a verb: a line of names and where they work ("Oskar Lindqvist, Tallbarn Freight.",
 * "Ana Gómez y Pablo Ortega, de Uvalia.", "noor haddad, kilnworks."), also after an addressee the
 * greeting did not take ("Ingrid — Tomás Ferreira / Coldtrace."). The shape alone would take a list of
 * places ("Leeds, Bristol, Glasgow.") or a product line ("Smart Checkout, Loopcart Pro."), so the name
 * must start with a first name compromise knows, or be several words it does not know as anything but
 * a name; a lowercase one must start with a known first name. compromise runs only on the few lines
 * that have the shape.
 */
export function namesAndOrganisation(bare: string): boolean {
  if (!bare.includes(',') && !/\s[\u2014\u2013/|-]\s/.test(bare)) return false;
  // A signed line is short: a dozen words at most (most sentences are ruled out here, before the patterns).
  if (!AT_MOST_TWELVE_WORDS.test(bare)) return false;
  const cased = /\p{Lu}/u.test(bare);
  for (const line of [bare, afterAddressee(bare)]) {
    if (!line) continue;
    if (cased) {
      const m = NAME_AND_ORGANISATION.exec(line);
      if (m && isName(m[1] as string)) return true;
    } else {
      const m = NAME_AND_ORGANISATION_CASELESS.exec(line);
      if (m && looksLikeFirstName(m[1] as string)) return true;
    }
  }
  return false;
}

/** The line after a short addressee ("Ingrid —", "Guten Tag Frau Vogel,"), or '' when there is none. */
function afterAddressee(line: string): string {
  const m = /^[^,\u2014\u2013]{1,40}?(?:,|\s[\u2014\u2013-])\s*/u.exec(line);
  return m && m[0].trim().split(/\s+/).length <= 4 ? line.slice(m[0].length) : '';
}

const AT_MOST_TWELVE_WORDS = /^\S+(?:\s+\S+){0,11}$/;

function isName(name: string): boolean {
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  if (looksLikeFirstName(first)) return true;
  return /\s/.test(name) && looksLikeFullName(name);
}
