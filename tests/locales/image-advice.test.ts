import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const localesDir = new URL('../../locales/', import.meta.url);

/** Every string in every locale file, with its file and key. */
const strings = (): [string, string][] =>
  readdirSync(localesDir).flatMap((lng) =>
    readdirSync(new URL(`${lng}/`, localesDir)).flatMap((file) => {
      const found: [string, string][] = [];
      const walk = (node: unknown, key: string) => {
        if (typeof node === 'string') found.push([key, node]);
        else if (typeof node === 'object' && node !== null) {
          for (const [name, item] of Object.entries(node)) {
            walk(item, key ? `${key}.${name}` : name);
          }
        }
      };
      walk(
        JSON.parse(readFileSync(new URL(`${lng}/${file}`, localesDir), 'utf8')),
        `${lng}/${file}:`,
      );
      return found;
    }),
  );

const sentences = (text: string) => text.split(/(?<=[.!?:])\s+/);

const copyVerb =
  /\b(screenshots?|screen ?shots?|save|saving|download|copy|copies|forward|forwarding|take (a )?(picture|photo)s?)\b/i;
const negation = /\b(never|do not|don't|not)\b/i;

const aboutImages = /image|picture|photo|video|nude/i;

test('no bank text, and no other text about images, advises saving, screenshotting, copying or forwarding (DESIGN.md 6)', () => {
  const advice = strings().filter(
    ([key, text]) => key.includes('/bank.json:') || aboutImages.test(text),
  );
  const advising = advice.flatMap(([key, text]) =>
    sentences(text)
      .filter((sentence) => copyVerb.test(sentence) && !negation.test(sentence))
      .map((sentence) => `${key} ${sentence}`),
  );
  expect(advising).toEqual([]);
});

test('the advice never to copy a sexual image is in the bank', () => {
  expect(
    strings().some(([, text]) =>
      /Never save, download, copy or forward a sexual image/.test(text),
    ),
  ).toBe(true);
});
