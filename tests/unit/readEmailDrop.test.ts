import { describe, expect, it, vi } from 'vitest';
import { readEmailDrop } from '../../src-renderer/src/features/intake/readEmailDrop';
import { MAX_MAIL_BYTES } from '../../src-renderer/src/mail';

describe('a dropped e-mail', () => {
  it('that is too large is refused by its size, before it is read into memory', async () => {
    const arrayBuffer = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
    const mailbox = { name: 'postvak.eml', type: 'message/rfc822', size: 3 * 1024 * 1024 * 1024, arrayBuffer } as unknown as File;
    await expect(readEmailDrop([mailbox])).rejects.toThrow(`een e-mail mag hier hoogstens ${MAX_MAIL_BYTES / 1024 / 1024} MB zijn`);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});
