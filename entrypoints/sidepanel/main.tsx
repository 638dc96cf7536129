import { render } from 'preact';
import { App } from '@/components/App';
import { message } from '@/utils/i18n';
import './style.css';

// The document speaks the language the messages are in, so screen readers pronounce it correctly.
document.documentElement.lang = message('common_locale');
document.title = message('panel_title');
const root = document.getElementById('app');
if (root) render(<App />, root);
