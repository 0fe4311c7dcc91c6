import { checkPurpose } from '../../src/domain/purpose-check';
const t = process.argv[2] ?? '';
const ch = (process.argv[3] ?? 'linkedin_connection_note') as never;
const r = checkPurpose({ text: t, channel: ch } as never) as unknown as Record<string, unknown>;
const { ...rest } = r;
console.log(JSON.stringify(rest, null, 0).slice(0, 4000));
