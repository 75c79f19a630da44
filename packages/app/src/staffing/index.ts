export * from './posting-access.js';
export * from './posting-place.js';
export * from './posting-read.js';
export * from './posting-view.js';
export * from './posting-write.js';
export * from './posting-import.js';
export * from './job-board.js';
