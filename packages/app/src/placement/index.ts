export * from './student-placement.js';
export type { PlacementReport } from '@modality/matching';
