export { FIGURE_UNITS, factLabel, type FigureUnit, type SourcedFact, type SourcedFigure, type SourcedText, type UnconfirmedFact } from './fact.js';
export * from './jurisdictions.js';
export * from './occupation-codes.js';
export * from './outlook.js';
export * from './pathway-facts.js';
export * from './program-types.js';
export * from './job-roles.js';
export * from './shortage.js';
export * from './program-sources.js';
