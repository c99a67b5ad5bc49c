#!/usr/bin/env node
// The HTML report is tested in a real headless browser. Debian's chromium is the one
// browser this project can install (npm cannot download browsers here), so the test
// command installs it when it is missing and we are root on a Debian-like machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.warn(`ensure-chromium: ${CHROMIUM} is missing; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH — the HTML report test needs a browser.`);
  process.exit(0);
}
console.log('ensure-chromium: installing Debian chromium for the HTML report test…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
