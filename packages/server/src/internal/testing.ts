// Shared by the server's tests; not exported from the package.

/**
 * A response body as a test reads it. The tests read many shapes (pages, problem documents,
 * reports, audit trails) and each assertion states the shape it expects, so this one name is
 * untyped instead of an `any` in every test.
 */
// biome-ignore lint/suspicious/noExplicitAny: the tests read bodies of many shapes; each assertion states the shape it expects
export type ResponseJson = any;

/** The body of a response as JSON; undefined when it is empty or not JSON. */
export function parseJson(text: string): ResponseJson {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
