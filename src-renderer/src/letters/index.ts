export { LETTER_TYPES, type LetterExtra, type LetterFormOfAddress, type LetterInput, type LetterLogo, type LetterTemplate, type LetterType, type Letterhead, type LetterheadShows, LETTERHEAD_SHOWS } from './types';
export { DEFAULT_TEMPLATES, LETTER_TYPE_LABELS, PLACEHOLDERS, closingLine, defaultTemplate, fillTemplate, placeholderDescription, placeholdersIn, type FilledTemplate, type PlaceholderInfo } from './templates';
export { dutchDate, dutchDateTime, familyNameForSalutation, firstName, letterValues, referralBody, salutationLine } from './values';
// The document builder (and with it the `docx` package) is not exported here:
// import it from './buildDocx' where a letter is made, so it stays out of the start-up bundle.
export { prepareLetter, type PreparedLetter } from './prepare';
export { EMPTY_LETTERHEAD, LETTERHEAD_MESSAGES, MAX_LOGO_BYTES, letterTemplateSchema, letterTypeSchema, letterheadSchema, letterheadTop, templateKey, type TemplateOverrides } from './settings';
export { LETTER_SEND_METHODS, letterSentAction, letterStep, responseLetterType, type LetterSendMethod } from './sent';
export { SAMPLE_CUSTOMER, SAMPLE_LETTERHEAD, sampleComplaint, sampleLetterInput } from './sample';
export { letterTypesFor } from './applicable';
