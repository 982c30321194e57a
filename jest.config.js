// Jest for unit tests (src/**/*.test.ts[x]). Extends the create-plugin config; adds the .mjs
// transform that d3-color 3.1.1 needs and maps the worker's `?raw` import to a stub.
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '\\?raw$': '<rootDir>/src/worker/rawWorkerStub.ts',
  },
  transform: {
    ...base.transform,
    '^.+\\.mjs$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  watchPathIgnorePatterns: [...base.watchPathIgnorePatterns, '<rootDir>/build', '<rootDir>/.worker-build'],
};
