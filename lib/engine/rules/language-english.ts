import { guessLanguage } from '../text/language';
import { pass, verdict, type Rule } from './types';

export const languageEnglish: Rule = {
  id: 'language.english',
  scored: false,
  run(request) {
    if (guessLanguage(request.reason).english) return pass('The reason is in English.');
    return verdict(
      'warn',
      'PyPI support answers in English only. Add an English version of your reason (a translation tool is fine); you can keep your own words below it.',
    );
  },
};
