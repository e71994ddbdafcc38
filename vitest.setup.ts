// Property tests are reproducible and their size is bounded: every run draws the same cases
// (FC_SEED=<n> explores others), so a test's duration and outcome never depend on luck or on
// how busy the machine is. A test that needs more cases asks for them with `numRuns`.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_202), numRuns: 100 });
