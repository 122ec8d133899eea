import { t } from '../lib/i18n/translate';

/** No recovery form in this tab: say what the assistant is for and offer to open the form here. */
export function NoForm({ openForm }: { openForm: () => void }) {
  return (
    <section class="notice" aria-labelledby="noform-title">
      <h2 id="noform-title">{t('noform_title')}</h2>
      <p>{t('noform_body')}</p>
      <button type="button" class="btn btn--primary" onClick={openForm}>
        {t('noform_open')}
      </button>
    </section>
  );
}

/** The page looks like the form, but its markup was not understood: nothing will be read or written. */
export function Unrecognised() {
  return (
    <section class="notice notice--warn" aria-labelledby="unrecognised-title">
      <h2 id="unrecognised-title">{t('unrecognised_title')}</h2>
      <p>{t('unrecognised_body')}</p>
      <p>{t('unrecognised_untouched')}</p>
    </section>
  );
}

export function Loading() {
  return <p class="notice notice--quiet">{t('loading')}</p>;
}
