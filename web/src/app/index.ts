/**
 * The web UI. `mountApp(document.body, api)` shows the app; `api` may still be starting, in
 * which case a loading state shows until it resolves, or the error (with a Retry) if it rejects.
 */
import type { TabmeshApi } from '../node/api.ts';
import { TmApp } from './app-shell.ts';
import { errorMessage } from './errors.ts';

export { TmApp };

function isPromiseLike<T>(x: T | PromiseLike<T>): x is PromiseLike<T> {
  return typeof (x as { then?: unknown }).then === 'function';
}

export function mountApp(root: HTMLElement, api: TabmeshApi | Promise<TabmeshApi>): TmApp {
  const app = document.createElement('tm-app');
  if (root === document.body) root.style.margin = '0';
  root.append(app);
  if (isPromiseLike(api)) {
    api.then(
      (ready) => {
        app.api = ready;
      },
      (error: unknown) => {
        app.error = errorMessage(error);
      },
    );
  } else {
    app.api = api;
  }
  return app;
}
