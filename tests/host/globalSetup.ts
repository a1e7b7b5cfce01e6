import { assertPluginBuilt, buildHostPage } from './buildHost';

export default async function globalSetup() {
  assertPluginBuilt();
  await buildHostPage();
}
