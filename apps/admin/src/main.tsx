import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createPushSource, PushContext } from './providers/push';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {/* Push (graphql-ws) only in the browser: component tests render App without it and poll. */}
    <PushContext.Provider value={createPushSource()}>
      <App />
    </PushContext.Provider>
  </StrictMode>,
);
