import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { experienceSchema } from '@/domain';

describe('schemas under the Content-Security-Policy', () => {
  it('are built without eval as soon as the domain is loaded', () => {
    // The app's CSP has no 'unsafe-eval'; jitless zod never calls `new Function`.
    expect(experienceSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });
});
