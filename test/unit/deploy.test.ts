import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the app runs with the same Node flags everywhere', () => {
  const start = JSON.parse(read('package.json')).scripts.start as string;
  const flags = start.split(/\s+/).filter((w) => w.startsWith('--'));

  it('npm start caps the heap', () => {
    expect(flags).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^--max-old-space-size=\d+$/),
        expect.stringMatching(/^--max-semi-space-size=\d+$/),
      ]),
    );
  });

  it("the Dockerfile's CMD and the bench use npm start's flags", () => {
    const cmd = /^CMD \[(.*)\]$/m.exec(read('Dockerfile'))![1]!;
    const dockerFlags = JSON.parse(`[${cmd}]`).filter((w: string) => w.startsWith('--'));
    expect(dockerFlags).toEqual(flags);
    expect(read('bench/bench-slack.ts')).toContain(`APP_NODE_FLAGS = [${flags.map((f) => `'${f}'`).join(', ')}]`);
  });

  it("the overload bench keeps npm start's young generation (only its old-space cap is higher)", () => {
    const semi = flags.find((f) => f.startsWith('--max-semi-space-size='))!;
    expect(read('bench/overload.ts')).toContain(`'${semi}'`);
  });
});
