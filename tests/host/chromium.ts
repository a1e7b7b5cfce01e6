import fs from 'node:fs';

/** Debian's chromium when installed (Playwright's own download does not work everywhere), else Playwright's. */
export const chromiumExecutable = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
