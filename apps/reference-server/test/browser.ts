import type { Browser } from 'playwright-core';

/** Debian's chromium; tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Starts headless Debian chromium through playwright-core. Without the background-networking
 * flags chromium keeps trying to reach Google's hosts, which a closed network refuses.
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
