export { discoverCases, CASE_FILE_NAMES } from './discover.js';
export { loadCase } from './load.js';
export { caseSchema, caseValidator, validateCase, validateCaseData } from './validate.js';
export { withoutNullProperties } from './nulls.js';
export { parseCaseText } from './parse.js';
export { decodeCaseBytes } from './read.js';
export { describePointer, pointerSegments } from './messages.js';
export type { Discovery, LoadError, LoadResult, LoadedCase, SourcePosition } from './types.js';
