export { LETTER_TYPES, type LetterExtra, type LetterFormOfAddress, type LetterInput, type LetterLogo, type LetterTemplate, type LetterType, type Letterhead } from './types';
export { DEFAULT_TEMPLATES, LETTER_TYPE_LABELS, PLACEHOLDERS, closingLine, defaultTemplate, fillTemplate, placeholdersIn, type FilledTemplate, type PlaceholderInfo } from './templates';
export { dutchDate, dutchDateTime, familyNameForSalutation, firstName, letterValues, referralBody, salutationLine } from './values';
export { buildLetterDocx, prepareLetter, xmlSafe, type PreparedLetter } from './buildDocx';
export { EMPTY_LETTERHEAD, LETTERHEAD_MESSAGES, MAX_LOGO_BYTES, letterTemplateSchema, letterTypeSchema, letterheadSchema, templateKey, type TemplateOverrides } from './settings';
export { LETTER_SEND_METHODS, LETTER_STEP, letterSentAction, type LetterSendMethod, type LetterSending } from './sent';
export { SAMPLE_CUSTOMER, SAMPLE_LETTERHEAD, sampleComplaint, sampleLetterInput } from './sample';
