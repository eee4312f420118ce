import './host/process-shim.ts';
import { mountApp } from './app/index.ts';
import { optionsFromUrl, startBrowserNode } from './host/browser-node.ts';
import { publicApi, type WindowTabmesh } from './host/public-api.ts';

declare global {
  interface Window {
    tabmesh?: WindowTabmesh;
    tabmeshReady?: Promise<WindowTabmesh>;
  }
}

const ready = startBrowserNode(optionsFromUrl(location)).then((browserNode) => {
  const api = publicApi(browserNode);
  window.tabmesh = api;
  return api;
});
window.tabmeshReady = ready;
ready.catch((error: unknown) => console.error('tabmesh failed to start', error));
mountApp(document.body, ready);
