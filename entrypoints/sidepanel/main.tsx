import './start-mark';
import { render } from 'preact';
import { App } from '../../components/App';
import { t, uiLanguage } from '../../lib/i18n/translate';
import '../../components/panel.css';

document.title = t('extName');
// The page's language is the reader's: screen readers pronounce it right, and CSS breaks lines its way.
// Text inserted into the request is marked lang="en" where it is shown.
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
