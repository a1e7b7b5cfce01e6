/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { dirname, join } from 'path';

import { existsSync, readJson, readYaml, repoPath } from './stackFiles';

interface Service {
  image?: string;
  extends?: { file: string; service: string };
  build?: { context?: string; args?: Record<string, string> };
  command?: string[];
  volumes?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const COMPOSE = 'docker-compose.yaml';
const compose = readYaml<ComposeFile>(COMPOSE);
const base = readYaml<ComposeFile>(compose.services.grafana.extends!.file);
const baseDirectory = dirname(compose.services.grafana.extends!.file);

/** Numeric parts of the first `x.y.z` in a text, for comparing pinned versions. */
function versionParts(text: string | undefined): number[] {
  return (/(\d+)\.(\d+)\.(\d+)/.exec(text ?? '') ?? []).slice(1).map(Number);
}

function atLeast(version: string | undefined, minimum: string): boolean {
  const [have, need] = [versionParts(version), versionParts(minimum)];
  const index = need.findIndex((part, position) => have[position] !== part);
  return have.length === 3 && (index < 0 || have[index] > need[index]);
}

/** `${NAME:-default}` as compose resolves it when NAME is unset. */
function withDefaults(text: string): string {
  return text.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

/** Bind mounts (host path, container path) of a service, host paths relative to the repository root. */
function bindMounts(volumes: string[] = [], relativeTo = '.'): Array<{ host: string; container: string }> {
  return volumes
    .map((volume) => volume.split(':'))
    .filter(([host]) => host.startsWith('.') || host.startsWith('/'))
    .map(([host, container]) => ({ host: join(relativeTo, host), container }));
}

describe('docker-compose.yaml', () => {
  it('extends the create-plugin base for Grafana and pins a Grafana version the plugin supports', () => {
    expect(compose.services.grafana.extends).toEqual({ file: '.config/docker-compose-base.yaml', service: 'grafana' });
    const version = withDefaults(compose.services.grafana.build?.args?.grafana_version ?? '');
    const required = readJson<{ dependencies: { grafanaDependency: string } }>('src/plugin.json').dependencies
      .grafanaDependency;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(required).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(atLeast(version, required)).toBe(true);
    expect(atLeast('13.1.9', required)).toBe(false);
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.image) {
        expect(`${name}: ${service.image}`).toMatch(/:[^:]*\d+\.\d+\.\d+[^:]*$/);
      }
    }
    expect(compose.services.loki.image).toMatch(/^grafana\/loki:3\./);
    expect(compose.services.alloy.image).toMatch(/^grafana\/alloy:v1\./);
  });

  it('mounts only paths that exist, and declares every named volume', () => {
    const mounts = [
      ...Object.values(compose.services).flatMap((service) => bindMounts(service.volumes)),
      ...bindMounts(base.services.grafana.volumes, baseDirectory),
    ];
    expect(mounts.length).toBeGreaterThan(5);
    for (const { host } of mounts) {
      // dist/ is the build output (npm run build), the one mount that exists only after building.
      expect(host === 'dist' || existsSync(repoPath(host))).toBe(true);
    }
    expect(mounts.find((mount) => mount.container === '/var/lib/grafana/plugins/foodsave-ollamachat-panel')?.host).toBe(
      'dist'
    );
    const named = Object.values(compose.services)
      .flatMap((service) => service.volumes ?? [])
      .map((volume) => volume.split(':')[0])
      .filter((host) => !host.startsWith('.') && !host.startsWith('/'));
    for (const name of named) {
      expect(Object.keys(compose.volumes ?? {})).toContain(name);
    }
  });

  it('starts services in order, waiting only on services that report health or completion', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const dependencies = Array.isArray(service.depends_on) ? {} : (service.depends_on ?? {});
      for (const [dependency, { condition }] of Object.entries(dependencies)) {
        expect(Object.keys(compose.services)).toContain(dependency);
        if (condition === 'service_healthy') {
          expect(`${name} -> ${dependency}: ${compose.services[dependency].healthcheck?.test.join(' ')}`).toMatch(/./);
          expect(compose.services[dependency].healthcheck).toBeDefined();
        }
      }
    }
    expect(compose.services.grafana.depends_on).toMatchObject({
      'loki-ready': { condition: 'service_completed_successfully' },
    });
    expect(compose.services.alloy.depends_on).toMatchObject({
      'loki-ready': { condition: 'service_completed_successfully' },
      'demo-writer': { condition: 'service_healthy' },
    });
    expect(compose.services['loki-ready'].command?.join(' ')).toContain('http://loki:3100/ready');
  });

  it('gives Loki and Alloy the configuration files and directory from the repository', () => {
    const lokiConfig = compose.services.loki.command?.find((arg) => arg.startsWith('-config.file='))?.split('=')[1];
    expect(bindMounts(compose.services.loki.volumes).find((mount) => mount.container === lokiConfig)?.host).toBe(
      'loki/loki-config.yaml'
    );
    const alloyPath = compose.services.alloy.command?.[compose.services.alloy.command.length - 1];
    expect(bindMounts(compose.services.alloy.volumes).find((mount) => mount.container === alloyPath)?.host).toBe(
      'alloy'
    );
    expect(compose.services.alloy.ports).toContain('12345:12345/tcp');
  });

  it('runs the demo writer from the mounted directory without a build step', () => {
    const writer = compose.services['demo-writer'];
    const mount = bindMounts(writer.volumes).find((item) => item.host === 'demo-writer');
    const script = writer.command?.[writer.command.length - 1] ?? '';
    expect(mount).toBeDefined();
    expect(existsSync(repoPath('demo-writer', script))).toBe(true);
    // Node runs TypeScript by stripping types from 22.18 on.
    expect(atLeast(writer.image, '22.18.0')).toBe(true);
  });

  it('opens the provisioned dashboard as the home page of Grafana', () => {
    const home = compose.services.grafana.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH ?? '';
    const provisioning = bindMounts(base.services.grafana.volumes, baseDirectory).find(
      (mount) => mount.container === '/etc/grafana/provisioning'
    );
    expect(provisioning?.host).toBe('provisioning');
    expect(home.startsWith('/etc/grafana/provisioning/dashboards/foodsave/')).toBe(true);
    expect(existsSync(repoPath(home.replace('/etc/grafana/', '')))).toBe(true);
  });

  it('leaves anonymous access to the create-plugin development switch', () => {
    const text = JSON.stringify(compose);
    expect(text).not.toMatch(/GF_AUTH_ANONYMOUS/);
    expect(base.services.grafana.build?.args?.anonymous_auth_enabled).toContain('ANONYMOUS_AUTH_ENABLED');
  });
});
