// Jest for the integration tests (tests/integration/**) and the metrics generator's own tests
// (generator/**): node environment, the same SWC transform as the unit tests, no jsdom.
// The integration tests start Debian's prometheus, carbon-cache and graphite-web on loopback;
// install them with scripts/ci-services.sh.
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');

module.exports = {
  transform: base.transform,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/generator/**/*.test.ts'],
  // Each test file starts its own servers; two at once is what a 2-core runner can take.
  maxWorkers: 2,
  testTimeout: 120000,
};
