import { Observable, of } from 'rxjs';

import { DataSourceInstanceSettings, EventBusSrv, PluginType } from '@grafana/data';
import {
  BackendSrv,
  BackendSrvRequest,
  DataSourceSrv,
  FakeEchoSrv,
  FetchResponse,
  setAppEvents,
  setBackendSrv,
  setDataSourceSrv,
  setEchoSrv,
  setTemplateSrv,
  TemplateSrv,
} from '@grafana/runtime';

/** A request the plugin made through `getBackendSrv()`. Nothing leaves the page. */
export interface RecordedRequest {
  method: string;
  url: string;
  data?: unknown;
  params?: unknown;
}

export const recordedRequests: RecordedRequest[] = [];

/** The data source the FoodSave dashboard queries, so links built from it look as they would in Grafana. */
export const lokiDataSource = {
  uid: 'loki_foodsave_logs',
  type: 'loki',
  name: 'Loki (FoodSave logs)',
  id: 1,
  url: '/api/datasources/proxy/uid/loki_foodsave_logs',
  access: 'proxy',
  jsonData: {},
  readOnly: true,
  meta: {
    id: 'loki',
    name: 'Loki',
    type: PluginType.datasource,
    module: 'core:plugin/loki',
    baseUrl: 'public/app/plugins/datasource/loki',
    info: {
      author: { name: 'Grafana Labs' },
      description: 'Loki data source',
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
      updated: '',
      version: '',
    },
  },
} as DataSourceInstanceSettings;

function record<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
  recordedRequests.push({
    method: (options.method ?? 'GET').toUpperCase(),
    url: options.url,
    data: options.data,
    params: options.params,
  });
  // An empty success lets the plugin's flow finish; tests assert on what was recorded.
  const response: FetchResponse<T> = {
    data: {} as T,
    status: 200,
    statusText: 'OK',
    ok: true,
    headers: new Headers(),
    redirected: false,
    type: 'basic',
    url: options.url,
    config: options,
  };
  return of(response);
}

async function recordOnce<T>(options: BackendSrvRequest): Promise<T> {
  return new Promise((resolve) => record<T>(options).subscribe((response) => resolve(response.data)));
}

const recordingBackendSrv: BackendSrv = {
  fetch: record,
  request: recordOnce,
  datasourceRequest: <T>(options: BackendSrvRequest) =>
    new Promise<FetchResponse<T>>((resolve) => record<T>(options).subscribe(resolve)),
  get: (url, params) => recordOnce({ url, params, method: 'GET' }),
  delete: (url, data) => recordOnce({ url, data, method: 'DELETE' }),
  post: (url, data) => recordOnce({ url, data, method: 'POST' }),
  patch: (url, data) => recordOnce({ url, data, method: 'PATCH' }),
  put: (url, data) => recordOnce({ url, data, method: 'PUT' }),
  chunked: () => {
    throw new Error('The host page does not stream chunked responses');
  },
};

const identityTemplateSrv: TemplateSrv = {
  getVariables: () => [],
  replace: (target) => target ?? '',
  containsTemplate: () => false,
  updateTimeRange: () => undefined,
};

const singleDataSourceSrv: DataSourceSrv = {
  get: () => Promise.reject(new Error('The host page has no data source instances, only their settings')),
  getList: () => [lokiDataSource],
  getInstanceSettings: (ref) => {
    const uid = typeof ref === 'string' ? ref : ref?.uid;
    return uid === undefined || uid === lokiDataSource.uid || uid === lokiDataSource.name ? lokiDataSource : undefined;
  },
  reload: () => Promise.resolve(),
  registerRuntimeDataSource: () => undefined,
};

/** Registers what `@grafana/runtime` expects Grafana to have set up before a panel renders. */
export function registerRuntimeServices() {
  setBackendSrv(recordingBackendSrv);
  setTemplateSrv(identityTemplateSrv);
  setDataSourceSrv(singleDataSourceSrv);
  setAppEvents(new EventBusSrv());
  setEchoSrv(new FakeEchoSrv());
}
