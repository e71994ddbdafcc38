import { describe, expect, it } from 'vitest';
import { ContactMomentDefinition as D } from '../../documents/contact-moment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('CTM-004 a contact about a case names the case', () => {
  it('accepts a proposal contact with only the vacancy, and a follow-up contact with the placement', () => {
    expect(issuesOfRule(D, 'CTM-004', (c) => (c.topics = ['CANDIDATE_PROPOSAL'])).nl).toEqual([]);
    expect(
      issuesOfRule(D, 'CTM-004', (c) => {
        c.topics = ['PLACEMENT_FOLLOW_UP'];
        c.placementId = '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11';
      }).nl,
    ).toEqual([]);
  });

  it('warns when a proposal contact names neither proposal nor vacancy', () => {
    const r = issuesOfRule(D, 'CTM-004', (c) => {
      c.topics = ['ACQUISITION', 'CANDIDATE_PROPOSAL'];
      delete c.vacancyId;
    });
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['warning', ['topics', 1], 'This contact is about a candidate proposal: name the proposal (proposalId) or the vacancy (vacancyId).'],
    ]);
  });

  it('warns when a follow-up contact does not name the placement', () => {
    const r = issuesOfRule(D, 'CTM-004', (c) => (c.topics = ['PLACEMENT_FOLLOW_UP']));
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([
      [['topics', 0], 'Dit contact gaat over nazorg: vermeld de plaatsing (placementId).'],
    ]);
  });
});
