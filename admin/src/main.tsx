import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { isPublicPath } from './public/paths';

// Two apps behind one index.html: the public statement (/cong-khai, anyone, often on a phone)
// never downloads react-admin, and the staff panel never downloads the public page.
const load: Promise<ComponentType> = isPublicPath(window.location.pathname)
  ? import('./public/PublicApp').then((m) => m.PublicApp)
  : import('./App').then((m) => m.App);

void load.then((Root) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
