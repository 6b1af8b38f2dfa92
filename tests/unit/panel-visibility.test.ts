import { describe, expect, it } from 'vitest';
import { isPanelEnabled, PANEL_KEY, rememberPanelChoice } from '@/features/prototype-panel/panel-visibility';

describe('?panel=off', () => {
  it('hides the prototype panel for the link’s session only', () => {
    rememberPanelChoice('off');
    expect(isPanelEnabled()).toBe(false);
    expect(localStorage.getItem(PANEL_KEY)).toBeNull();
    // A new session (another tab, a later visit) shows the panel again.
    sessionStorage.clear();
    expect(isPanelEnabled()).toBe(true);
  });

  it('no longer sticks from an older visit’s localStorage', () => {
    localStorage.setItem(PANEL_KEY, 'off');
    expect(isPanelEnabled()).toBe(true);
    rememberPanelChoice('off');
    rememberPanelChoice('on');
    expect(isPanelEnabled()).toBe(true);
  });
});
