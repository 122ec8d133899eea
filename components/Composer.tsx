import { useState } from 'preact/hooks';
import { ACCESS_CHOICES, LOST_CHOICES, composeReason, type Answers } from '../lib/engine/templates/composer';
import type { Write } from '../lib/protocol/messages';
import { ChoiceGroup } from './ChoiceGroup';
import { readerLanguage, readsEnglish, t } from '../lib/i18n/translate';

interface Props {
  answers: Answers;
  onChange: (next: Answers) => void;
  /** The reason as it is now: the paragraph goes after it, as a paragraph of its own. */
  reason: string;
  busy: boolean;
  run: (write: Write) => void;
  /** Open when the reason still needs work, so the help is where the user looks. */
  open?: boolean;
}

const MAX = 5000;

interface TextQuestionProps {
  id: keyof Pick<Answers, 'lostOther' | 'when' | 'tried' | 'projects'>;
  answers: Answers;
  onChange: (next: Answers) => void;
  multiline?: boolean;
}

function TextQuestion({ id, answers, onChange, multiline = false }: TextQuestionProps) {
  const inputId = `composer-${id}`;
  const hintId = `${inputId}-hint`;
  const common = {
    id: inputId,
    value: answers[id],
    maxLength: MAX,
    'aria-describedby': hintId,
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onChange({ ...answers, [id]: e.currentTarget.value }),
  };
  return (
    <div class="question">
      <label for={inputId}>{t(`composer_${id}_label`)}</label>
      <p class="question__hint" id={hintId}>
        {t(`composer_${id}_hint`)}
      </p>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

/** Plain questions → one clear paragraph, previewed here, then added at the end of the reason. */
/** The separator that makes the composed text its own paragraph after whatever is there already. */
export function separatorAfter(reason: string): string {
  if (reason.trim() === '') return '';
  return reason.endsWith('\n\n') ? '' : reason.endsWith('\n') ? '\n' : '\n\n';
}

export function Composer({ answers, onChange, reason, busy, run, open = false }: Props) {
  const paragraph = composeReason(answers);
  // The request gets English; a reader of another language sees what it says in theirs, below it.
  const translation = paragraph && !readsEnglish() ? composeReason(answers, readerLanguage()) : '';
  // Decided once: opening or closing it later, under the user's hands, as the report moves would be rude.
  const [initiallyOpen] = useState(open);
  return (
    <details class="composer" open={initiallyOpen}>
      <summary>{t('composer_title')}</summary>
      <p class="composer__intro">{t('composer_intro')}</p>
      <ChoiceGroup
        name="composer_lost"
        legendKey="composer_lost_legend"
        labelKey={(choice) => `composer_lost_${choice}`}
        choices={LOST_CHOICES}
        selected={answers.lost}
        onChange={(lost) => onChange({ ...answers, lost })}
      />
      {answers.lost.includes('other') && <TextQuestion id="lostOther" answers={answers} onChange={onChange} />}
      <TextQuestion id="when" answers={answers} onChange={onChange} multiline />
      <TextQuestion id="tried" answers={answers} onChange={onChange} multiline />
      <ChoiceGroup
        name="composer_access"
        legendKey="composer_access_legend"
        labelKey={(choice) => `composer_access_${choice}`}
        choices={ACCESS_CHOICES}
        selected={answers.access}
        onChange={(access) => onChange({ ...answers, access })}
      />
      <TextQuestion id="projects" answers={answers} onChange={onChange} />
      <h3 class="composer__preview-title" id="composer-preview-title">
        {t('composer_preview_title')}
      </h3>
      {paragraph ? (
        <>
          <blockquote
            class="suggestion"
            lang="en"
            aria-labelledby="composer-preview-title"
            data-testid="composer-preview"
          >
            {paragraph}
          </blockquote>
          {translation && translation !== paragraph && (
            <div class="translation">
              <p class="translation__note">{t('composer_translation_title')}</p>
              <p class="translation__text">{translation}</p>
            </div>
          )}
        </>
      ) : (
        <p class="question__hint">{t('composer_preview_empty')}</p>
      )}
      <button
        type="button"
        class="btn btn--primary"
        disabled={busy || paragraph === ''}
        onClick={() => run({ kind: 'insert', text: separatorAfter(reason) + paragraph, at: 'end' })}
      >
        {t('composer_insert')}
      </button>
    </details>
  );
}
