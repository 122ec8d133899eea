import { render } from 'preact';

render(<p>PyPI Recovery Assistant</p>, document.getElementById('app')!);
