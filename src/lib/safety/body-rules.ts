/**
 * MDX is content, not code: the rules a body's syntax tree must obey before anything renders,
 * shared by the content check (`src/lib/markdown-body.ts`, every problem with line, column and fix)
 * and by the remark plugin that refuses the same file inside Astro's pipeline
 * (`./remark-content-only.ts`, so that `astro dev`, where the content check only logs, never runs
 * an editor's code either).
 *
 * MDX may hold Markdown, the components of `./mdx-components.ts` with literal props, the HTML
 * elements of `./html.ts`, and `{/* comments *\/}`. It may not hold `import`/`export`, `{…}`
 * expressions, spread or expression attributes, Astro directives (`set:html`, `set:text`,
 * `is:raw`, `is:inline`, `client:*` …), any other component, and no link, image, definition or
 * attribute may point to a `javascript:`/`vbscript:`/`data:` (or any non-web) URL. A `.md` body
 * obeys the same rules for its links and raw HTML.
 */
import type { FileProblem } from '../problems';
import { checkElement, checkHtml } from './html';
import type { JsxAttribute, MdNode, Program } from './mdast';
import { walk } from './mdast';
import { MDX_COMPONENT_NAMES, MDX_COMPONENTS, type ComponentSpec } from './mdx-components';
import { quoteConstruct } from './excerpt';
import { unsafeUrl, unsafeUrlText } from './urls';

export type BodyFinding = FileProblem & { fix: string };

const COMPONENT_LIST = MDX_COMPONENT_NAMES.map((n) => `<${n} … />`).join('、');

const noImportFix = (lines: number) =>
  `删除这${lines > 1 ? ` ${lines} 行` : '一行'}。本站的组件（${MDX_COMPONENT_NAMES.join('、')}）由页面提供，在正文里直接写 ${COMPONENT_LIST} 即可，不需要 import；MDX 文件里不能写代码。`;

/** An expression that is only comments (`{/* 注释 *\/}`) runs nothing. */
const onlyComments = (program: Program | undefined) => program !== undefined && program.body.length === 0;

/** The literal value of an attribute expression (`{3}`, `{"x"}`, `{-2}`), or undefined if it is code. */
function literalOf(program: Program | undefined): { value: string | number | boolean } | undefined {
  if (!program || program.body.length !== 1 || program.body[0]!.type !== 'ExpressionStatement') return undefined;
  const e = program.body[0]!.expression;
  if (e?.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof e.value)) return { value: e.value as string | number | boolean };
  if (e?.type === 'UnaryExpression' && e.operator === '-' && e.argument?.type === 'Literal' && typeof e.argument.value === 'number') {
    return { value: -e.argument.value };
  }
  return undefined;
}

const at = (node: { position?: { start: { line: number; column: number } } }) => ({ line: node.position?.start.line, column: node.position?.start.column });

function directiveFinding(element: string, attr: JsxAttribute): BodyFinding {
  const name = attr.name!;
  const what =
    name === 'set:html' || name === 'set:text'
      ? `会把一段文字当作 HTML 原样插入页面，绕过本站对正文的一切检查（例如插入一个自动跳转到别的网站的 <meta>）`
      : name.startsWith('is:')
        ? '会让 Astro 原样输出内容、跳过处理'
        : '是 Astro 的指令，正文里用不到';
  return { ...at(attr), message: `<${element}> 的 ${name} ${what}，本站正文不允许。`, fix: `删除 ${name} 属性（和这个元素）；要写的文字直接写在正文里。` };
}

/** An attribute's value as written: a string, `null` for a bare name, or a literal in braces; `code` if not literal. */
type AttrValue = { kind: 'value'; value: string | number | boolean | null } | { kind: 'code'; code: string };

function valueOf(attr: JsxAttribute): AttrValue {
  if (attr.value && typeof attr.value === 'object') {
    const literal = literalOf(attr.value.data?.estree);
    return literal ? { kind: 'value', value: literal.value } : { kind: 'code', code: attr.value.value };
  }
  return { kind: 'value', value: attr.value ?? null };
}

/** Problems of one JSX element of an MDX body. */
function checkJsxElement(node: MdNode, source: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const name = node.name ?? '';
  const pos = at(node);
  /** Attributes with a name and no directive, with their values. */
  const named: { attr: JsxAttribute & { name: string }; value: AttrValue }[] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute' || !attr.name) {
      findings.push({
        ...at(attr),
        message: `<${name}> 里的 ${quoteConstruct(sliceOf(attr, source) ?? '{…}')} 是一段代码（展开属性），会在构建时运行，本站不允许。`,
        fix: '删除它，把每个属性写成 名字="值"。',
      });
    } else if (attr.name.includes(':')) {
      findings.push(directiveFinding(name || 'Fragment', attr));
    } else {
      const value = valueOf(attr);
      if (value.kind === 'code') {
        findings.push({
          ...at(attr),
          message: `<${name}> 的属性 ${attr.name}={${quoteConstruct(value.code, 40)}} 是一段代码（表达式），会在构建时运行，本站不允许。`,
          fix: `把值写成带引号的文字，例如 ${attr.name}="…"。`,
        });
      }
      named.push({ attr: attr as JsxAttribute & { name: string }, value });
    }
  }

  if (!name) {
    findings.push({ ...pos, message: '正文里有空标签 <>…</>（片段），本站正文不允许。', fix: '删除 <> 和 </>，里面的文字直接写在正文里。' });
    return findings;
  }
  if (/^[a-z][a-zA-Z0-9-]*$/.test(name)) {
    // Attributes written as code are reported above, once.
    const plain = named.filter(({ value }) => value.kind === 'value').map(({ attr, value }) => ({
      name: attr.name,
      value: value.kind === 'value' && value.value !== null ? String(value.value) : null,
      line: attr.position?.start.line ?? 0,
      column: attr.position?.start.column ?? 0,
    }));
    for (const f of checkElement(name, plain, pos.line ?? 0, pos.column ?? 0)) {
      findings.push({ line: f.line || undefined, column: f.column || undefined, message: f.message, fix: f.fix });
    }
    return findings;
  }
  if (!Object.hasOwn(MDX_COMPONENTS, name)) {
    findings.push({
      ...pos,
      message: `正文里的 <${name}> 不是本站允许的组件。MDX 里只能用 ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join('、')}${name === 'Fragment' ? '，<Fragment> 会把任意 HTML 放进页面' : ''}。`,
      fix: `删除 <${name}>；要放图表请写 ${COMPONENT_LIST}（写法见 docs/editors-guide.md）。`,
    });
    return findings;
  }
  const spec: ComponentSpec = MDX_COMPONENTS[name as keyof typeof MDX_COMPONENTS];
  const allowed = Object.keys(spec.props).join('、');
  for (const { attr, value } of named) {
    const prop = spec.props[attr.name];
    if (!prop) {
      findings.push({ ...at(attr), message: `<${name}> 没有属性 ${attr.name}。`, fix: `删除 ${attr.name}；<${name}> 的属性有：${allowed}。` });
      continue;
    }
    if (value.kind === 'code') continue; // reported above
    const kind = value.value === null ? 'boolean' : typeof value.value;
    if (kind !== prop.type) {
      const want = prop.type === 'string' ? `带引号的文字，例如 ${attr.name}="…"` : prop.type === 'number' ? `花括号里的数字，例如 ${attr.name}={3}` : `只写属性名 ${attr.name}`;
      findings.push({ ...at(attr), message: `<${name}> 的 ${attr.name}（${prop.description}）要写成${want}。`, fix: `改成 ${want}。` });
    }
  }
  for (const [prop, p] of Object.entries(spec.props)) {
    if (p.required && !named.some((n) => n.attr.name === prop)) {
      findings.push({ ...pos, message: `<${name}> 缺少必填的属性 ${prop}（${p.description}）。`, fix: `加上 ${prop}="…"。` });
    }
  }
  if (!spec.children && (node.children?.length ?? 0) > 0) {
    findings.push({ ...pos, message: `<${name}> 不能包含内容。`, fix: `写成自闭合的 <${name} … />，把文字移到它前后。` });
  }
  return findings;
}

function sliceOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, source: string): string | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s !== undefined && e !== undefined ? source.slice(s, e) : undefined;
}

const URL_NODES: Record<string, string> = { link: '链接', image: '图片', definition: '链接定义' };

/**
 * Every rule broken in the syntax tree of a body. `source` is the text the tree was parsed from
 * (for quoting constructs); positions are the tree's own.
 */
export function findUnsafe(tree: MdNode, source: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const lines = (node.value ?? '').split('\n').length;
        findings.push({
          ...at(node),
          message: `MDX 文件里不能写 import 或 export（这里写的是“${quoteConstruct(node.value ?? '')}”）：它们是在构建网站的电脑上运行的代码，可以读取电脑上的任何文件。`,
          fix: noImportFix(lines),
        });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!onlyComments(node.data?.estree)) {
          findings.push({
            ...at(node),
            message: `正文里的 {${quoteConstruct(node.value ?? '', 50)}} 是一段代码（MDX 表达式），会在构建网站时运行，本站不允许。`,
            fix: '要写花括号本身，请写成 \\{ 和 \\}；要写注释，请写成 {/* 注释 */}。',
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        findings.push(...checkJsxElement(node, source));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const found = node.url ? unsafeUrl(node.url) : undefined;
        if (found) findings.push({ ...at(node), ...unsafeUrlText(node.url!, found, URL_NODES[node.type]!) });
        break;
      }
      case 'html': {
        const start = node.position?.start;
        for (const f of checkHtml(node.value ?? '')) {
          findings.push({
            line: start ? start.line + f.line - 1 : undefined,
            column: start ? (f.line === 1 ? start.column + f.column - 1 : f.column) : undefined,
            message: f.message,
            fix: f.fix,
          });
        }
        break;
      }
    }
  });
  return findings;
}
