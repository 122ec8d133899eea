import './start-mark';
import { render } from 'preact';
import { App } from '../../components/App';
import { t } from '../../lib/i18n/translate';
import '../../components/panel.css';

document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
