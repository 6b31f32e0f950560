import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { App, exitUrl } from '../../src/app';
import { createI18n } from '../../src/i18n/i18n';

let i18nInstance: i18n;

beforeAll(async () => {
  i18nInstance = await createI18n('en');
  // Transforming the questionnaire and its bank takes seconds the first time; the app loads it after its first render.
  await import('../../src/flow/bank-questionnaire');
});

afterEach(() => {
  document.body.hidden = false;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const renderApp = () => {
  const leave = vi.fn<(url: string) => void>();
  const view = render(<App i18n={i18nInstance} leave={leave} />);
  return { leave, ...view };
};

const liveRegion = (container: HTMLElement) =>
  container.querySelector('[aria-live="polite"]');

describe('start page', () => {
  test('says what Safe Signs is and is not', () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Safe Signs' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'What this is' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'What this is not' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/It is not a diagnosis or a test\./),
    ).toBeInTheDocument();
  });

  test('promises that nothing entered is stored or sent', () => {
    renderApp();
    expect(
      screen.getByRole('heading', {
        name: 'Nothing you enter is stored or sent',
      }),
    ).toBeInTheDocument();
  });

  test('shows no choice until the questionnaire has loaded, then shows them', async () => {
    renderApp();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    const choices = await screen.findByRole('group', {
      name: 'Who is filling this in?',
    });
    expect(within(choices).getAllByRole('radio')).toHaveLength(3);
  });

  test('puts the emergency line and the choices before what this is not, privacy and Exit', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Start' });
    const order = [
      screen.getByRole('heading', { level: 1, name: 'Safe Signs' }),
      screen.getByText(/^If a child is in danger now,/, {
        selector: 'p',
      }),
      screen.getByRole('group', { name: 'Who is filling this in?' }),
      screen.getByRole('combobox', { name: 'Where are you?' }),
      screen.getByRole('button', { name: 'Start' }),
      screen.getByRole('heading', { name: 'What this is not' }),
      screen.getByRole('heading', {
        name: 'Nothing you enter is stored or sent',
      }),
      screen.getByRole('heading', { name: 'How to leave quickly' }),
    ];
    order.slice(1).forEach((element, index) => {
      expect(
        order[index]?.compareDocumentPosition(element) ??
          Node.DOCUMENT_POSITION_PRECEDING,
      ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    });
  });

  test('explains how Exit works and that it does not erase browser history', () => {
    renderApp();
    expect(screen.getByText(/press the Shift key 3 times/)).toBeInTheDocument();
    expect(
      screen.getByText(/Exit does not erase your browser history\./),
    ).toBeInTheDocument();
  });
});

describe('the prerendered start page', () => {
  // As src/build/prerender.ts renders it; main.tsx hydrates the same tree.
  const prerender = () =>
    renderToStaticMarkup(
      <StrictMode>
        <App i18n={i18nInstance} />
      </StrictMode>,
    );

  let mounted: HTMLElement | undefined;
  const mountPrerender = () => {
    mounted = document.createElement('div');
    mounted.innerHTML = prerender();
    document.body.append(mounted);
    return mounted;
  };

  afterEach(() => {
    mounted?.remove();
  });

  test('offers no control that needs the script, and no form: the language selects show disabled', () => {
    const container = mountPrerender();
    expect(container.querySelector('form, input, button')).toBeNull();
    const selects = [...container.querySelectorAll('select')];
    expect(selects).toHaveLength(2);
    for (const select of selects) expect(select).toBeDisabled();
  });

  test('gives the emergency advice without a region, since the region is read only when the app runs', () => {
    const container = mountPrerender();
    expect(
      within(container).getByText(/^If a child is in danger now,/, {
        selector: 'p',
      }),
    ).toHaveTextContent(
      'If a child is in danger now, call your local emergency number.',
    );
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
  });

  test('says in a noscript that the check needs JavaScript, with the emergency advice', () => {
    expect(prerender()).toMatch(
      /<noscript><p[^>]*>The questions need JavaScript[^<]*If a child is in danger now, call your local emergency number\.<\/p><\/noscript>/,
    );
  });

  test('hydrating it shows the choices and keeps the node that had focus, with no mismatch', async () => {
    const container = mountPrerender();
    const exitLink = within(container).getByRole('button', {
      name: 'Exit this page',
    });
    exitLink.focus();
    const consoleError = vi.spyOn(console, 'error');
    render(
      <StrictMode>
        <App i18n={i18nInstance} start={{ region: 'au' }} />
      </StrictMode>,
      { container, hydrate: true },
    );
    expect(
      await screen.findByRole('button', { name: 'Start' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'A parent or caregiver' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'call 000' })).toHaveAttribute(
      'href',
      'tel:000',
    );
    expect(exitLink).toBeInTheDocument();
    expect(exitLink).toHaveFocus();
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('Exit this page', () => {
  test('the button blanks the page and leaves for the exit URL', async () => {
    const user = userEvent.setup();
    const { leave, container } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Exit this page' }));
    expect(leave).toHaveBeenCalledExactlyOnceWith(exitUrl);
    expect(container).toBeEmptyDOMElement();
    expect(document.body.hidden).toBe(true);
  });

  test('Space on the focused Exit button leaves too', async () => {
    const user = userEvent.setup();
    const { leave } = renderApp();
    screen.getByRole('button', { name: 'Exit this page' }).focus();
    await user.keyboard(' ');
    expect(leave).toHaveBeenCalledExactlyOnceWith(exitUrl);
  });

  test('without script the Exit button is a plain link to the exit URL', () => {
    renderApp();
    expect(
      screen.getByRole('button', { name: 'Exit this page' }),
    ).toHaveAttribute('href', exitUrl);
  });

  test('the skip link moves focus to the Exit button without changing the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    const before = window.location.href;
    await user.click(
      screen.getByRole('link', { name: 'Skip to Exit this page' }),
    );
    expect(
      screen.getByRole('button', { name: 'Exit this page' }),
    ).toHaveFocus();
    expect(window.location.href).toBe(before);
  });

  test('the skip link is the first thing Tab reaches', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    expect(
      screen.getByRole('link', { name: 'Skip to Exit this page' }),
    ).toHaveFocus();
  });

  test('three Shift presses leave, announcing the presses left', async () => {
    const user = userEvent.setup();
    const { leave, container } = renderApp();
    expect(liveRegion(container)?.textContent).toBe('');
    await user.keyboard('{Shift}');
    expect(liveRegion(container)).toHaveTextContent(
      'Press Shift 2 more times to exit',
    );
    await user.keyboard('{Shift}');
    expect(liveRegion(container)).toHaveTextContent(
      'Press Shift 1 more time to exit',
    );
    expect(leave).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(leave).toHaveBeenCalledExactlyOnceWith(exitUrl);
    expect(container).toBeEmptyDOMElement();
  });

  test('Shift held as a modifier does not count', async () => {
    const user = userEvent.setup();
    const { leave, container } = renderApp();
    await user.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');
    expect(leave).not.toHaveBeenCalled();
    expect(liveRegion(container)?.textContent).toBe('');
  });

  test('another key between presses starts the count again', async () => {
    const user = userEvent.setup();
    const { leave } = renderApp();
    await user.keyboard('{Shift}{Shift}x{Shift}{Shift}');
    expect(leave).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(leave).toHaveBeenCalledOnce();
  });

  test('presses up to five seconds apart count', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { leave } = renderApp();
    await user.keyboard('{Shift}');
    vi.advanceTimersByTime(4900);
    await user.keyboard('{Shift}');
    vi.advanceTimersByTime(4900);
    await user.keyboard('{Shift}');
    expect(leave).toHaveBeenCalledOnce();
  });

  test('a pause of more than five seconds starts the count again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { leave, container } = renderApp();
    await user.keyboard('{Shift}{Shift}');
    await act(() => vi.advanceTimersByTimeAsync(5001));
    expect(liveRegion(container)?.textContent).toBe('');
    await user.keyboard('{Shift}{Shift}');
    expect(leave).not.toHaveBeenCalled();
  });
});
