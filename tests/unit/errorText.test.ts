import { describe, expect, it } from 'vitest';
import { errorText } from '../../src-renderer/src/components/errorText';

describe('errorText', () => {
  it('gives the message of an Error and the text of anything else thrown', () => {
    expect(errorText(new Error('Schijf vol'))).toBe('Schijf vol');
    expect(errorText(new DOMException('Niet gevonden', 'NotFoundError'))).toBe('Niet gevonden');
    expect(errorText('kapot')).toBe('kapot');
  });
});
