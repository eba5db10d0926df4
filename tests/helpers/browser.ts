/** Debian Chromium driven by playwright-core (never a downloaded browser). */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) {
    throw new Error(
      `Chromium not found at ${p}. Run the tests with \`npm test\` (it installs Debian's chromium when it can), or install it: sudo apt-get install -y chromium, or set CHROMIUM_PATH.`,
    );
  }
  return p;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
