import { defineConfig } from 'vitest/config';

/** Not part of npm test: renders every letter for a person to read (see gallery.run.ts). */
export default defineConfig({
  test: {
    root: `${__dirname}/../../..`,
    include: ['tests/tools/letterGallery/gallery.run.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
