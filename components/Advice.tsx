import { AFTER_YOU_FILE, BEFORE_YOU_FILE, type AdviceItem } from '../lib/engine/templates/advice';
import { t } from '../lib/i18n/translate';

function AdviceList({ items }: { items: readonly AdviceItem[] }) {
  return (
    <ul class="advice__list">
      {items.map((item) => (
        <li key={item.key}>
          {t(item.key)}
          {item.link && item.linkKey && (
            <>
              {' '}
              <a href={item.link} target="_blank" rel="noopener noreferrer">
                {t(item.linkKey)}
                <span class="sr-only"> {t('opens_new_tab')}</span>
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What to try before filing and what to expect after: collapsed, so the checklist stays in front. */
export function Advice({ openBefore = false }: { openBefore?: boolean }) {
  return (
    <div class="advice">
      <details class="advice__section" open={openBefore}>
        <summary>{t('advice_before_title')}</summary>
        <AdviceList items={BEFORE_YOU_FILE} />
      </details>
      <details class="advice__section">
        <summary>{t('advice_after_title')}</summary>
        <AdviceList items={AFTER_YOU_FILE} />
      </details>
    </div>
  );
}
