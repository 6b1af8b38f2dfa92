import { defineMain } from '@storybook/react-vite/node';

/**
 * Storybook for designers and QA: every story renders the real app (providers, routes) against the same MSW
 * handlers and seed as the app and the tests (see preview.tsx). `public/` holds MSW's worker script, written by
 * `msw init` before each Storybook command (package.json), so it always matches the installed msw.
 */
export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: ['./public'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    // Storybook's own Vite config (aliases, React): the app's vite.config.ts carries the app's boot plugins.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  typescript: { reactDocgen: false },
});
