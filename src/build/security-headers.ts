export const defaultExitUrl = 'https://www.bbc.com/weather';

/** Reads VITE_EXIT_URL (an absolute https URL) or falls back to a weather page. */
export const resolveExitUrl = (value: string | undefined): string => {
  if (value === undefined || value === '') return defaultExitUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `VITE_EXIT_URL must be an absolute https URL, got "${value}".`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(`VITE_EXIT_URL must use https, got "${value}".`);
  }
  return url.href;
};

const policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'none'"],
  'connect-src': ["'none'"],
  'manifest-src': ["'none'"],
  'worker-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
} as const;

const serialise = (directives: Record<string, readonly string[]>): string =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The policy for the <meta> tag; browsers ignore frame-ancestors there. */
export const contentSecurityPolicyMeta = serialise(policy);

export const contentSecurityPolicyHeader = serialise({
  ...policy,
  'frame-ancestors': ["'none'"],
});

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
