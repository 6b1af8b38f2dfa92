import { CacheProvider } from '@emotion/react';
import Box from '@mui/material/Box';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStyleCache } from '@tests/utils/test-style-cache';

describe('the test Emotion cache (renderApp)', () => {
  it('keeps what queries and matchers read (display, visibility, opacity, pointer-events) and drops the rest', () => {
    render(
      <CacheProvider value={testStyleCache}>
        <Box data-testid="hidden" sx={{ display: 'none', color: 'rgb(255, 0, 0)' }}>
          a
        </Box>
        <Box data-testid="invisible" sx={{ visibility: 'hidden', margin: '12px' }}>
          b
        </Box>
        <Box data-testid="transparent" sx={{ opacity: 0 }}>
          c
        </Box>
        <Box data-testid="inert" sx={{ pointerEvents: 'none', padding: '8px' }}>
          d
        </Box>
      </CacheProvider>,
    );
    expect(screen.getByTestId('hidden')).not.toBeVisible();
    expect(screen.getByTestId('invisible')).not.toBeVisible();
    expect(screen.getByTestId('transparent')).not.toBeVisible();
    expect(getComputedStyle(screen.getByTestId('inert')).pointerEvents).toBe('none');
    expect(getComputedStyle(screen.getByTestId('hidden')).color).not.toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(screen.getByTestId('invisible')).margin).not.toContain('12px');
  });
});
