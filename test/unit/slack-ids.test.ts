import { ACTION_IDS, actionRoute, FORMER_ACTION_IDS, SHORTCUT_IDS, VIEW_IDS } from '../../src/slack-ids';

const matches = (route: string | RegExp, id: string) => (typeof route === 'string' ? route === id : route.test(id));

describe('Slack ids', () => {
  it('are unique within their kind, and spell follow-up one way', () => {
    for (const ids of [ACTION_IDS, VIEW_IDS, SHORTCUT_IDS]) {
      const values = Object.values(ids);
      expect(new Set(values).size).toBe(values.length);
      for (const id of values) expect(id).not.toMatch(/followup|follow-up/);
    }
  });

  it.each(Object.keys(ACTION_IDS) as (keyof typeof ACTION_IDS)[])('%s routes its id and nothing else', (name) => {
    const route = actionRoute(name, { prefix: name === 'followUpOutcome' });
    const id = name === 'followUpOutcome' ? `${ACTION_IDS[name]}_positive` : ACTION_IDS[name];
    expect(matches(route, id)).toBe(true);
    for (const other of Object.values(ACTION_IDS).filter((v) => v !== ACTION_IDS[name])) {
      expect([other, matches(route, other)]).toEqual([other, false]);
    }
  });

  it.each(Object.entries(FORMER_ACTION_IDS))(
    'buttons posted with the former spelling of %s still route',
    (name, former) => {
      const prefix = name === 'followUpOutcome';
      const route = actionRoute(name as keyof typeof ACTION_IDS, { prefix });
      expect(matches(route, prefix ? `${former}_neutral` : former!)).toBe(true);
      expect(matches(route, `${former}x`)).toBe(false);
    },
  );
});
