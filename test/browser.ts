// Browser suites drive Debian's Chromium through playwright-core. Without it they are skipped with
// one line that says how to enable them; under CI (CI=true) a missing browser fails instead.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM = process.env.PLAN_TARGETS_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const HOW = `install it (apt-get install chromium fonts-wqy-microhei, as .ci/run does) or point PLAN_TARGETS_CHROMIUM at one`;

let told = false;

/** `describe`, or a skipped suite (with the line that enables it) when there is no Chromium. */
export function browserSuite(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`no Chromium at ${CHROMIUM}: CI requires the browser suites; ${HOW}`);
      });
    });
  } else {
    if (!told) console.log(`browser suites skipped: no Chromium at ${CHROMIUM}; to run them, ${HOW}`);
    told = true;
    describe.skip(name, body);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
