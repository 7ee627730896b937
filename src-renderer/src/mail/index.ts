export { detectMailFormat, parseEmailFile, type MailFormat } from './parse';
export { assertMailSize } from './limits';
export { MAIL_PARSE_TIMEOUT_MS, parseEmailInWorker } from './parseInWorker';
export { intakeFromEmail, nameFromAddress, MAX_DESCRIPTION_LENGTH, MAX_SUMMARY_LENGTH, type EmailIntake } from './intake';
export { MAX_MAIL_BYTES, MailParseError, type MailAddress, type MailAttachment, type ParsedEmail } from './types';
export { arrivalFromReceived, parseMailDate } from './received';
