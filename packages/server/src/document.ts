/**
 * A stored document as the server handles it: a JSON object whose shape the document's zod
 * schema has checked on the way in.
 *
 * @public
 */
// biome-ignore lint/suspicious/noExplicitAny: the storage layer reads fields of every document type; narrowing it is open work (issue 12)
export type StoredDocument = Record<string, any>;

/**
 * A document as a caller hands it to the repository: a JSON object its schema has yet to check.
 *
 * @public
 */
export type IncomingDocument = Record<string, unknown>;
