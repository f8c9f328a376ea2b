/**
 * The web editor in the browser: loads Decap CMS (served from the project, `/admin/decap/`), gives
 * it the project's file format (`src/lib/cms-format.ts`: unchanged lines stay as written) and the
 * id of a new entry made from its title (`src/lib/entry-id.ts`, as `npm run new` makes it), then
 * starts it with the configuration the page carries (`src/site/cms.ts`).
 */
import { FORMAT_NAME, NEW_ID_FIELD, parseEntryFile, serializeEntryFile } from '../../lib/cms-format';
import { idFromTitle } from '../../lib/entry-id';
import type { EditorSetup } from '../../site/cms';

/** The little of Immutable.js's Map (Decap's data) this script uses. */
type ImmutableMap = { get(key: string): unknown; set(key: string, value: unknown): ImmutableMap };
type Entry = ImmutableMap;
type Decap = {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): object; toFile(data: Record<string, unknown>, order?: string[]): string }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Entry }) => unknown }): void;
  init(options: { config: EditorSetup['config'] }): void;
};
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

const setup = JSON.parse(document.getElementById('cms-setup')!.textContent!) as EditorSetup;
// One field name means one thing in every collection: the rules of all collections hold for each.
const nullable = new Set(Object.values(setup.rules).flatMap((r) => r.nullable));
const defaults = Object.assign({}, ...Object.values(setup.rules).map((r) => r.defaults)) as Record<string, unknown>;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`网页编辑器的程序文件没有加载成功：${src}`));
    document.body.append(script);
  });
}

async function start() {
  window.CMS_MANUAL_INIT = true;
  await loadScript(setup.decap);
  const cms = window.CMS!;
  cms.registerCustomFormat(FORMAT_NAME, 'md', {
    fromFile: (text) => parseEntryFile(text),
    toFile: (data, order) => serializeEntryFile(data, { order, nullable, defaults }),
  });
  // A new entry's file name: the pinyin of its title, as `npm run new` makes it (Decap adds -1 when taken).
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableMap;
      if (!entry.get('newRecord')) return data;
      const titleField = setup.rules[String(entry.get('collection'))]?.titleField ?? 'title';
      return data.set(NEW_ID_FIELD, idFromTitle(String(data.get(titleField) ?? '')) || 'tiaomu');
    },
  });
  cms.init({ config: setup.config });
}

start().catch((error: unknown) => {
  const message = document.createElement('p');
  message.textContent = error instanceof Error ? error.message : String(error);
  document.body.prepend(message);
});
