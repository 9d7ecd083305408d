/**
 * Imported first by primitives.ts, the base of every schema, so it runs before any schema is
 * built whatever order the bundler puts modules in. The Content-Security-Policy has no
 * 'unsafe-eval': zod would otherwise compile object parsers with `new Function`, and even its
 * probe whether that is allowed raises a securitypolicyviolation.
 */
import { z } from 'zod';

z.config({ jitless: true });
