/**
 * deploy/nginx.conf and deploy/nginx-subpath.conf are exactly what src/lib/nginx.ts generates from
 * the headers of src/lib/csp.ts: the files operators copy cannot drift from the policy. After
 * changing either module, regenerate them with `npx vitest run -u tests/unit/nginx.test.ts`.
 * tests/e2e/nginx.test.ts runs the same configuration in a real nginx.
 */
import { describe, expect, test } from 'vitest';
import { DEPLOY_FILES } from '../../src/lib/nginx';

describe('deploy/ files', () => {
  for (const [path, generate] of Object.entries(DEPLOY_FILES)) {
    test(`${path} is what src/lib/nginx.ts generates`, async () => {
      await expect(generate()).toMatchFileSnapshot(`../../${path}`);
    });
  }
});
