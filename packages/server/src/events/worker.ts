import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import type { ClaimedDelivery, DeliveryOutcome, Storage } from '../storage/port.js';
import { type OutboundPolicy, postWebhook, type SendResult } from './sender.js';
import { signWebhook } from './signature.js';

/**
 * How long failed deliveries are retried.
 *
 * @public
 */
export interface RetryPolicy {
  /** Delay before the second attempt; doubles with every attempt (default 5 s). */
  readonly initialDelayMs: number;
  /** Longest delay between two attempts (default 1 h). */
  readonly maxDelayMs: number;
  /** Retries stop this long after the event (or a redelivery request); then the dead-letter list (default 24 h). */
  readonly periodMs: number;
}

/** @public */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { initialDelayMs: 5_000, maxDelayMs: 60 * 60_000, periodMs: 24 * 60 * 60_000 };

/**
 * Options of {@link createDeliveryWorker}.
 *
 * @public
 */
export interface DeliveryWorkerOptions {
  readonly storage: Storage;
  /** Allowed hosts and the timeout of outbound requests. */
  readonly outbound: OutboundPolicy;
  readonly retry?: Partial<RetryPolicy>;
  /** Deliveries claimed (and sent in parallel) per round (default 20). */
  readonly batchSize?: number;
  /** Wait between rounds when nothing was due (default 1 s); events committed by this process wake it at once. */
  readonly pollIntervalMs?: number;
  readonly clock?: () => Date;
  /** Source of jitter, in [0, 1) (default Math.random). */
  readonly random?: () => number;
  readonly logger?: Logger;
  /** Sends one POST; defaults to {@link postWebhook} with `outbound`. */
  readonly send?: (url: string, headers: Record<string, string>, body: string) => Promise<SendResult>;
}

/**
 * Delivers queued events to subscribers; run one in every instance.
 *
 * @public
 */
export interface DeliveryWorker {
  /** Claims and sends the due deliveries once; returns how many attempts were made. */
  runOnce(): Promise<number>;
  /** Runs rounds until {@link DeliveryWorker.stop}. */
  start(): void;
  /** Stops after the current round. */
  stop(): Promise<void>;
}

/**
 * The delay before attempt `attempt + 1`: exponential from `initialDelayMs`, capped at
 * `maxDelayMs`, with jitter (between half and all of it) so that receivers that come back
 * are not hit by every sender at once.
 *
 * @public
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + random() * 0.5));
}

/**
 * Creates the delivery worker: each round it claims due deliveries (`FOR UPDATE SKIP LOCKED`
 * on PostgreSQL, so several instances share the queue and each attempt is made once), POSTs
 * each event signed in the Standard Webhooks format, and records the attempt: a 2xx answer
 * delivers it, anything else is retried with backoff and jitter until the retry period ends,
 * then it goes to the subscription's dead-letter list.
 *
 * @example
 * ```ts
 * const worker = createDeliveryWorker({ storage, outbound: { allowedHosts: ['hooks.example.nl'], timeoutMs: 10_000 } });
 * worker.start();
 * ```
 *
 * @public
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { storage } = options;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const logger = options.logger ?? silentLogger;
  const batchSize = options.batchSize ?? 20;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  // A claimed attempt that is not finished within the lease (its instance died) is due again.
  const leaseMs = options.outbound.timeoutMs * 2 + 10_000;
  const send =
    options.send ?? ((url: string, headers: Record<string, string>, body: string) => postWebhook(url, headers, body, options.outbound));
  let running: Promise<void> | undefined;
  let stopping: AbortController | undefined;

  async function attempt(claim: ClaimedDelivery): Promise<void> {
    const body = JSON.stringify(claim.event);
    const sentAt = clock();
    const headers = {
      ...signWebhook(claim.secret, claim.event.id, Math.floor(sentAt.getTime() / 1000), body),
      'Content-Type': 'application/cloudevents+json; charset=utf-8',
      'User-Agent': 'banenafspraak-webhooks/1',
    };
    const started = performance.now();
    const result = await send(claim.callbackUrl, headers, body);
    const durationMs = Math.round(performance.now() - started);
    const at = clock();
    const answer = 'statusCode' in result ? { statusCode: result.statusCode } : { error: result.error };
    let outcome: DeliveryOutcome;
    if ('statusCode' in result && result.statusCode >= 200 && result.statusCode < 300) {
      outcome = { result: 'delivered', at: at.toISOString(), durationMs, ...answer };
    } else {
      const next = new Date(at.getTime() + retryDelayMs(retry, claim.attempt, random));
      const deadline = new Date(claim.retryFrom).getTime() + retry.periodMs;
      outcome =
        next.getTime() > deadline
          ? { result: 'dead-letter', at: at.toISOString(), durationMs, ...answer }
          : { result: 'retry', at: at.toISOString(), durationMs, nextAttemptAt: next.toISOString(), ...answer };
    }
    await storage.finishDelivery(claim, outcome);
  }

  async function runOnce(): Promise<number> {
    const now = clock();
    const claims = await storage.claimDeliveries({
      now: now.toISOString(),
      limit: batchSize,
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
    });
    await Promise.all(claims.map(attempt));
    return claims.length;
  }

  return {
    runOnce,
    start() {
      if (running) return;
      const abort = new AbortController();
      stopping = abort;
      running = (async () => {
        while (!abort.signal.aborted) {
          let made = 0;
          try {
            made = await runOnce();
          } catch (e) {
            logger.error('delivery round failed', { errorName: e instanceof Error ? e.name : 'unknown' });
          }
          if (made === 0 && !abort.signal.aborted) await storage.waitForEvents(pollIntervalMs, abort.signal);
        }
      })();
    },
    async stop() {
      stopping?.abort();
      await running;
      running = undefined;
    },
  };
}
