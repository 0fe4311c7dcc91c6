import { warmUp } from '../../src/domain/warm-up';

describe('warm-up at start-up', () => {
  it('runs the whole check on an English message it calls purposeful, not an early exit', () => {
    expect(warmUp()).toEqual({ lang: 'en', verdict: 'purposeful', secondOpinion: true });
  });
});
