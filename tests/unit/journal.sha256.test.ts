import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Text } from '../../src-renderer/src/domain/journal/sha256Text';

describe('the journal hashes text synchronously, inside a save', () => {
  it('gives the standard SHA-256 of texts around the block boundaries and with non-ASCII letters', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'Klacht van mevrouw Öztürk € 😀'.repeat(40)]) {
      expect(sha256Text(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
