// The REST wire shapes besides the documents: the problem document, pages, dry-run
// validation reports, audit trails, the instruction read log, code lists and reports. Client
// and server both take them from here, so the wire contract is defined once.
export * from './audit.js';
export * from './code-lists.js';
export * from './events.js';
export * from './page.js';
export * from './problem.js';
export * from './reports.js';
export * from './steering-reports.js';
export * from './validation-report.js';
