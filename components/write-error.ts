import type { WriteResult } from '../lib/protocol/messages';
import { writeErrorText as wordWriteError } from '../lib/protocol/write-error';
import { t } from '../lib/i18n/translate';

/** What the panel says when a write did not work (see lib/write-error.ts for the order of preference). */
export const writeErrorText = (result: WriteResult): string => wordWriteError(result, t, 'write_error_generic');
