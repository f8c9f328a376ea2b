/** Internal URLs with the deployment's base path (`BASE_PATH`), for components and pages. */
import { joinBase } from '../lib/urls';

export const url = (path: string) => joinBase(import.meta.env.BASE_URL, path);
