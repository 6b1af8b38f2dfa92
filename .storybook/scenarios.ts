import { SCENARIOS } from '@mocks/runtime';

/** The mock backend's scenarios, as the prototype panel lists them. */
export const SCENARIO_ITEMS = SCENARIOS.map((value) => ({ value, title: value }));
