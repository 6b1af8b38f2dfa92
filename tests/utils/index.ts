export { renderApp, type RenderAppOptions } from './render-app';
export { buildUser } from '@mocks/factories/build-user';
export { buildAdmin } from '@mocks/factories/build-admin';
export { buildCase } from '@mocks/factories/build-case';
export { PEOPLE } from '@mocks/db/seed';
export { server } from '@mocks/node';
export { applyScenario, scenarios } from '@mocks/scenarios';
export { expectFocusedHeading } from './focus';
