import { readHostParams } from './hostParams';

/**
 * `@grafana/runtime` reads `window.grafanaBootData` once, when it is first evaluated, so this module
 * must be imported before anything that imports the runtime. It carries what Grafana's server would
 * put in the page: the signed-in user with their org role and theme, and the settings the runtime reads.
 */
const params = readHostParams(window.location.search);

const bootData = {
  user: {
    id: 1,
    uid: 'host-user',
    login: 'host',
    name: 'Host page user',
    email: 'host@example.invalid',
    orgId: 1,
    orgName: 'Main Org.',
    orgRole: params.orgRole,
    isGrafanaAdmin: false,
    isSignedIn: true,
    theme: params.theme,
    timezone: 'browser',
    weekStart: 'monday',
    locale: 'en-US',
    language: 'en-US',
    permissions: {},
  },
  settings: {
    appSubUrl: '',
    appUrl: `${window.location.origin}/`,
    buildInfo: { version: '13.2.3', edition: 'Open Source', commit: 'host-page', env: 'host' },
    featureToggles: {},
    datasources: {},
    panels: {},
    defaultDatasource: 'loki_foodsave_logs',
  },
  navTree: [],
  assets: { light: '', dark: '' },
};

Object.assign(window, { grafanaBootData: bootData });
