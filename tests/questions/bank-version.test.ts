import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const pinned = {
  version: '2.1.0',
  sha256: '75a5f6f9d80bfbfb785cc6633be958b0daad7647f11895bdde7c64581129d2c0',
};

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
};

const bank = JSON.parse(
  readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8'),
) as { version: string };
const { version, ...content } = bank;
const sha256 = createHash('sha256')
  .update(JSON.stringify(canonical(content)))
  .digest('hex');
const changelog = readFileSync(
  new URL('../../questions/CHANGELOG.md', import.meta.url),
  'utf8',
);

test('the bank content matches the hash pinned for its version', () => {
  const advice =
    sha256 === pinned.sha256
      ? `questions/bank.json has version ${version} but its content is that of ${pinned.version}. Set \`version\` back to ${pinned.version}, or change the content.`
      : version === pinned.version
        ? `questions/bank.json changed but its version is still ${version}. Bump \`version\` in questions/bank.json (semver: a new or changed question, weight, threshold, rule or referral can change an outcome), add a "## <new version>" entry to questions/CHANGELOG.md saying why, then in tests/questions/bank-version.test.ts set pinned.version to the new version and pinned.sha256 to '${sha256}'.`
        : `questions/bank.json is now version ${version}. If questions/CHANGELOG.md has its entry, set pinned.version to '${version}' and pinned.sha256 to '${sha256}' in tests/questions/bank-version.test.ts.`;
  expect({ version, sha256 }, advice).toEqual(pinned);
});

test('the changelog has an entry for the bank version', () => {
  expect(
    changelog.includes(`## ${version} `) ||
      changelog.includes(`## ${version}\n`),
    `Add a "## ${version}" entry to questions/CHANGELOG.md.`,
  ).toBe(true);
});
