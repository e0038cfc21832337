// Where the browser tests find Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium (the same
// rule as tests/e2e/playwright.config.ts). Playwright never downloads a browser here.
import fs from 'node:fs';

export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** null when Chromium is there; otherwise the one line that says what to do. */
export function missingChromium(env = process.env) {
  const where = chromiumPath(env);
  if (fs.existsSync(where)) return null;
  return env.CHROMIUM_PATH
    ? `No Chromium at CHROMIUM_PATH=${where}: the browser tests cannot run. Point CHROMIUM_PATH at a Chromium executable, or unset it and \`apt-get install -y chromium\`.`
    : `No Chromium at ${where}: the browser tests cannot run. Install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH=/path/to/chromium.`;
}
