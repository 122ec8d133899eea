import { guessLanguage } from '../text/language';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const languageEnglish: Rule = {
  id: 'language.english',
  scored: false,
  run(request) {
    if (guessLanguage(request.reason).english) return pass(said('why_language_english'));
    return verdict('warn', said('why_language_other'));
  },
};
