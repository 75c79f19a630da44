/**
 * @modality/matching — exact, explained matching of candidates and postings, and stable placement of
 * students at clinical sites. Pure: no I/O, no clock, no Math.random (the seeded generators are the domain's).
 */
export * from './vocabulary.js';
export * from './model.js';
export * from './match-day.js';
// Placement's tie order and the generated data sets are built with these; they live in the domain.
export { seededPermutation, seededRng, type Rng } from '@modality/domain';
export * from './score.js';
export { allocateColumns, columnsOf, readRow, writeRow, maskPair, mask32, bitsOf, FLAG_RELOCATE, FLAG_TRAVEL, type CandidateColumns, type Column } from './candidate-columns.js';
export { CandidateIndex, type IndexOptions, type QueryPlan, type Clause } from './candidate-index.js';
export { matchPosting, topCandidates, type MatchOptions } from './posting-query.js';
export { requirementsOf } from './requirements.js';
export { PostingIndex, matchCandidate, topPostings } from './posting-index.js';
export { referenceMatch, referencePostings, referenceScore, referenceVerdicts, type ReferenceRanking } from './reference.js';
export { validatePosting } from './validate.js';
export { TopKHeap } from './top-k-heap.js';
export { deferredAcceptance } from './deferred-acceptance.js';
export { optimalPlacement } from './min-cost-flow.js';
export { countBlockingPairs, placementReport, type PlacementReport } from './stability.js';
export { sitePrefers, validatePlacementProblem, type Placement, type PlacementProblem } from './placement-model.js';
