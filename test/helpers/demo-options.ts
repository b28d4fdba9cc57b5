/** The tests' demo data set: enough accounts for every kind of supply. */
export const TEST_DEMO_OPTIONS = { accounts: 8, seed: 1 };
