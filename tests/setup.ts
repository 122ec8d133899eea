import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// @testing-library/preact only cleans up by itself with vitest globals; without this, DOM leaks between tests.
afterEach(() => cleanup());
