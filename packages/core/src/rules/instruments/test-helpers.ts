import type { Mutation } from '../../internal/testing.js';

/** Sets the only grant of the canonical placement example, on top of a valid base grant (test helper). @internal */
export function grant(overrides: Record<string, unknown>): Mutation {
  return (p) => {
    p.instruments = [
      {
        instrument: 'LKS',
        financier: 'MUNICIPALITY',
        status: 'GRANTED',
        period: { from: '2026-03-01', to: '2027-02-28' },
        ...overrides,
      },
    ];
  };
}

/** Adds a grant next to the example's LKS grant (test helper). @internal */
export function addGrant(overrides: Record<string, unknown>): Mutation {
  return (p) => {
    p.instruments.push({ financier: 'MUNICIPALITY', status: 'GRANTED', period: { from: '2026-03-01', to: '2026-12-31' }, ...overrides });
  };
}
