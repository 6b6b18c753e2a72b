// dist/engine.js, for `npm run bench`: the engine's entry point, plus what the bench needs to time
// each check on its own.
export { getLanguageService } from '../../server/src/languageService';
export { parseFile } from '../../server/src/yaml/parse';
export { validateFile } from '../../server/src/validation';
export { DOCUMENT_CHECKS, FILE_CHECKS } from '../../server/src/checkList';
export { withDefaults } from '../../server/src/settings';
export { syntaxProblems } from '../../server/src/syntax/syntaxProblems';
export { buildModel } from '../../server/src/model';
