import { describe, expect, test } from 'vitest';
import { resolveExitUrl } from '../../src/build/security-headers';

describe('the Exit destination set at build time', () => {
  test.each([
    { value: undefined, expected: 'https://www.bbc.com/weather' },
    { value: '', expected: 'https://www.bbc.com/weather' },
    {
      value: 'https://weather.example.org/today',
      expected: 'https://weather.example.org/today',
    },
    { value: 'https://example.org', expected: 'https://example.org/' },
  ])('$value gives $expected', ({ value, expected }) => {
    expect(resolveExitUrl(value)).toBe(expected);
  });

  test.each([
    {
      value: 'weather',
      message: 'VITE_EXIT_URL must be an absolute https URL, got "weather".',
    },
    {
      value: 'http://example.org/',
      message: 'VITE_EXIT_URL must use https, got "http://example.org/".',
    },
    {
      value: 'javascript:alert(1)',
      message: 'VITE_EXIT_URL must use https, got "javascript:alert(1)".',
    },
  ])('$value is refused', ({ value, message }) => {
    expect(() => resolveExitUrl(value)).toThrow(message);
  });
});
