import { contractPrincipals, createApp, createMemoryStorage, type Principal, signToken, silentLogger } from '@banenafspraak/server';
import { type Client, type ClientOptions, createClient } from '../src/index.js';

export const SECRET = 'test-secret-for-the-client-suite-0123456789';
export const BASE_URL = 'http://banenafspraak.test/v1';
export type Persona = keyof typeof contractPrincipals;

/** The in-process server of a test. */
export interface TestServer {
  /** The real app's fetch handler. */
  readonly appFetch: (request: Request) => Response | Promise<Response>;
  readonly storage: ReturnType<typeof createMemoryStorage>;
  /** The app's fetch, recording every request that reached it in `seen`. */
  readonly fetch: (request: Request) => Promise<Response>;
  readonly seen: Request[];
  tokenOf(persona: Persona): Promise<string>;
  clientFor(persona: Persona, options?: Partial<ClientOptions>): Promise<Client>;
}

/** The real reference app in-process, on memory storage, with a token per persona. */
export async function startServer(options: { webhooks?: { allowedHosts: readonly string[] } } = {}): Promise<TestServer> {
  const storage = createMemoryStorage();
  const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger, ...options });
  const tokens = new Map<Persona, string>();
  const tokenOf = async (persona: Persona) => {
    const cached = tokens.get(persona);
    if (cached) return cached;
    const token = await signToken(contractPrincipals[persona] as Principal, SECRET);
    tokens.set(persona, token);
    return token;
  };
  /** Every request that reached the app, in order. */
  const seen: Request[] = [];
  const fetch = async (req: Request): Promise<Response> => {
    seen.push(req.clone());
    return app.fetch(req);
  };
  const clientFor = async (persona: Persona, options: Partial<ClientOptions> = {}): Promise<Client> =>
    createClient({ baseUrl: BASE_URL, token: await tokenOf(persona), fetch, retry: { baseDelay: 1 }, ...options });
  return { appFetch: (req) => app.fetch(req), storage, fetch, seen, tokenOf, clientFor };
}
