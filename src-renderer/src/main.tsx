import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/app.css';
import './styles/analysis.css';

const root = document.getElementById('root');
if (!root) throw new Error('root element ontbreekt');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
