// `npm test` on a machine without Chromium says so in one line, with what to do, before it runs
// anything (scripts/chromium.mjs); where Chromium is, it says nothing.
import { describe, expect, it } from 'vitest';
import { chromiumPath, missingChromium } from '../../../scripts/chromium.mjs';

describe('missingChromium', () => {
  it('is null where the browser exists (CHROMIUM_PATH wins over Debian\'s path)', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(missingChromium({ CHROMIUM_PATH: process.execPath })).toBeNull();
  });

  it('names the missing path and the way to install or point at one, in a single line', () => {
    const message = missingChromium({ CHROMIUM_PATH: '/nowhere/chromium' }) as string;
    expect(message).toContain('/nowhere/chromium');
    expect(message).toContain('apt-get install -y chromium');
    expect(message).not.toContain('\n');
  });
});
