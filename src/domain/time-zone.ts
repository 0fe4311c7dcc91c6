import { IANAZone } from 'luxon';

// luxon's isValidZone builds an Intl.DateTimeFormat on every call, which made it the largest single cost
// of planning a follow-up and of a digest over thousands of them. Zones are few: remember the answers.
const knownZones = new Map<string, boolean>();

/** IANAZone.isValidZone, remembered per zone name (up to 1,000 names, so junk input cannot grow it). */
export function isValidTimeZone(zone: string): boolean {
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (knownZones.size < 1000) knownZones.set(zone, valid);
  }
  return valid;
}
