import { describe, expect, test } from 'vitest';
import { readStartParams } from '../../src/shell/read-start-params';

const allowed = {
  languages: ['en', 'es'],
  regions: ['us', 'ca', 'gb'],
} as const;

describe('readStartParams', () => {
  test.each([
    ['', {}],
    [
      '?lang=es&region=ca&perspective=parent',
      { lang: 'es', region: 'ca', perspective: 'parent' },
    ],
    ['?region=GB', { region: 'gb' }],
    ['?perspective=Professional', { perspective: 'professional' }],
    ['?perspective=other', { perspective: 'other' }],
    ['?region=ie', {}],
    ['?region=zz&lang=xx&perspective=teacher', {}],
    ['?lang=fr&region=us', { region: 'us' }],
    ['?region=' + 'u'.repeat(5000), {}],
    ['?perspective=<script>alert(1)</script>', {}],
    ['?region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', {}],
    ['?region=us%00', {}],
    ['?region=', {}],
    ['?region=us&region=ca', { region: 'us' }],
    ['region=ca', { region: 'ca' }],
    ['?answers=yes&missing-now=yes', {}],
    ['?lang=es-MX', { lang: 'es' }],
    ['?lang=ES', { lang: 'es' }],
    ['?lang=es_MX', {}],
    ['?lang=../../etc', {}],
    ['?lang=<script>alert(1)</script>', {}],
    ['?lang=' + 'es-'.repeat(20), {}],
  ])('reads %j as %j', (search, expected) => {
    expect(readStartParams(search, allowed)).toEqual(expected);
  });
});
