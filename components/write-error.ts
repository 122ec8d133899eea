import type { WriteResult } from '../lib/messages';
import { writeErrorText as wordWriteError } from '../lib/write-error';
import { t } from './i18n';

/** What the panel says when a write did not work (see lib/write-error.ts for the order of preference). */
export const writeErrorText = (result: WriteResult): string => wordWriteError(result, t, 'write_error_generic');
