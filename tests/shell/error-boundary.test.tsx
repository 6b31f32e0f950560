import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test, vi } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { ErrorBoundary } from '../../src/shell/error-boundary';

describe('error boundary', () => {
  test('shows a plain message instead of a broken screen', async () => {
    const i18nInstance = await createI18n('en');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('broken');
    };
    render(
      <I18nextProvider i18n={i18nInstance}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    vi.restoreAllMocks();
  });
});
