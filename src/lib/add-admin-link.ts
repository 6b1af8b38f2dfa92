/**
 * Links that open the Add admin wizard (on the Administrators list, `?add=1`), optionally with Support
 * administrator preselected: Basic support (`&support=basic`), or Product support for one Marketo Engage instance
 * (`&support=instance:<id>`). Screens outside the administrators feature open the wizard through these.
 */
export type SupportPreset = { kind: 'basic' } | { kind: 'instance'; instanceId: string };

const BASE = '/users/administrators?add=1';

export function addAdminUrl(preset?: SupportPreset): string {
  if (!preset) return BASE;
  const value = preset.kind === 'basic' ? 'basic' : `instance:${preset.instanceId}`;
  return `${BASE}&support=${encodeURIComponent(value)}`;
}

/** The preset a link's `support` parameter asks for; null without one, or when it is not one of the two forms. */
export function supportPresetOf(value: string | null): SupportPreset | null {
  if (value === 'basic') return { kind: 'basic' };
  const instanceId = value?.startsWith('instance:') ? value.slice('instance:'.length) : '';
  return instanceId ? { kind: 'instance', instanceId } : null;
}
