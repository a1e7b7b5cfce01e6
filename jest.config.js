// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');
const base = require('./.config/jest.config');

// @grafana/ui 13 with React 19 pulls in ES-module-only packages that the scaffold's list does not cover yet.
const extraESModules = ['@react-hookz/web', '@ver0/deep-equal', '@grafana/lezer-logql', '@lezer', 'yaml'];

module.exports = {
  ...base,
  testMatch: [
    '<rootDir>/src/**/*.{spec,test,jest}.{js,jsx,ts,tsx}',
    '<rootDir>/scripts/**/*.test.{js,ts}',
    '<rootDir>/tests/static/**/*.test.{js,ts}',
  ],
  transform: {
    ...base.transform,
    // Some dependencies ship only .mjs files.
    '^.+\\.mjs$': base.transform['^.+\\.(t|j)sx?$'],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  transformIgnorePatterns: [nodeModulesToTransform([...grafanaESModules, ...extraESModules])],
};
