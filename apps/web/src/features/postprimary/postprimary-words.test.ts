import { describe, expect, it } from 'vitest';
import type { PostprimaryEntry } from '../../api/postprimary-queries';
import { progressWords, statusWords } from './postprimary-words';

const entry: PostprimaryEntry = {
  id: 'ppe_1',
  discipline: 'ct',
  procedure: 'ct:chest',
  procedureName: 'Chest',
  performedOn: '2026-11-02',
  facility: 'Lakeside',
  loggedAt: '2026-11-02T10:00:00Z',
  status: 'awaiting-verification',
  verifiedBy: null,
  reviewedBy: null,
};

describe('postprimary words', () => {
  it('names each step in words, never by code', () => {
    expect(statusWords(entry)).toBe('Waiting for a technologist to verify it');
    const verified = { ...entry, verifiedBy: { name: 'Ana Reyes', arrtNumber: '1', at: '' } };
    expect(statusWords(verified)).toContain('Verified by Ana Reyes');
    expect(statusWords({ ...verified, reviewedBy: { name: 'Emily Walsh', facility: 'Lakeside', at: '' } })).toContain('it counts');
  });

  it('shows no target where none is known', () => {
    const base = { byProcedure: {}, waiting: 0, expired: 0, countsFrom: '2024-11-30' };
    expect(progressWords({ ...base, counted: 2, required: 125, missing: 123 })).toBe('2 of 125 procedures verified and reviewed; 123 to go');
    expect(progressWords({ ...base, counted: 2, required: null, missing: null })).toContain('no confirmed total');
  });
});
