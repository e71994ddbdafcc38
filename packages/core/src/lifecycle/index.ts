/**
 * Lifecycles and events as data (brief §4, §10.1): per document type its states, allowed
 * transitions, roles and emitted process events; the check of a status change; the event
 * catalogue and the ID-only CloudEvents payload.
 */
export * from './definitions.js';
export * from './events.js';
export * from './lifecycle.js';
export * from './validate-transition.js';
