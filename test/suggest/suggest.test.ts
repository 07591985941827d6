import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../src/suggest.js';

const events = [
  { value: 'prior-notice-served', labels: ['事先告知书送达', '行政处罚事先（听证）告知书送达'] },
  { value: 'hearing-notice-served', labels: ['听证通知书送达'] },
  { value: 'decision', labels: ['作出行政处罚决定'] },
  { value: 'decision-served', labels: ['决定书送达'] },
  { value: 'statement-received', labels: ['陈述、申辩'] },
];

describe('suggest', () => {
  it('offers the nearest spelling', () => {
    expect(suggest('prior-notice-serve', events)).toEqual(['prior-notice-served']);
    expect(suggest('decison', events)).toEqual(['decision']);
  });

  it('ignores case, underscores and spaces', () => {
    expect(suggest('Prior_Notice served', events)).toEqual(['prior-notice-served']);
  });

  it('matches Chinese labels, their bracketed asides and list punctuation left out', () => {
    expect(suggest('事先告知书送达', events)).toEqual(['prior-notice-served']);
    expect(suggest('行政处罚事先告知书送达', events)).toEqual(['prior-notice-served']);
    expect(suggest('陈述申辩', events)).toEqual(['statement-received']);
  });

  it('gives nothing for garbage', () => {
    expect(suggest('xyz', events)).toEqual([]);
    expect(suggest('foo-bar-baz', events)).toEqual([]);
    expect(suggest('清洁生产', events)).toEqual([]);
    expect(suggest('', events)).toEqual([]);
  });

  it('offers at most three, nearest first', () => {
    const many = ['note-a', 'note-b', 'note-c', 'note-d', 'note-e'];
    expect(suggest('note-x', many)).toHaveLength(3);
    expect(suggest('送达', events).length).toBeLessThanOrEqual(3);
    expect(suggest('decision-serve', events)).toEqual(['decision-served']);
  });
});

describe('didYouMean', () => {
  it('phrases the suggestions in both languages, with labels where given', () => {
    expect(didYouMean(['a', 'b'], (v) => (v === 'a' ? { zh: '甲', en: 'A' } : undefined))).toEqual({
      zh: '，是否为 "a"（甲）、"b"？',
      en: ' — did you mean "a" (A) or "b"?',
    });
    expect(didYouMean([])).toEqual({ zh: '', en: '' });
  });
});
