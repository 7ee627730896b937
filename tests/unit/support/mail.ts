import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export const mailFixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/mail', name)));

/** The form shows local time; the office is in the Netherlands (CET in winter, CEST from the last Sunday of March). */
export function inDutchTimeZone(): void {
  const originalZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Amsterdam';
  });
  afterAll(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });
}
