import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { i18nReady } from './i18n';
import { App } from './app/App';
import { preloadPage } from './app/routes';

// The first page's code and strings download while the start language's common strings do;
// the app renders once those are here, so no untranslated key ever flashes.
preloadPage(window.location.pathname);
function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// NOTE: strings that failed to download (offline) are no reason to show nothing at all.
void i18nReady.then(render, render);
