/**
 * Rehype plugin: a table in a page's text gets the box a chart's table has (ChartFigure.astro):
 * on a narrow screen it scrolls sideways inside the box, its first column held, with a hint, and no
 * column narrower than about four characters (`.table-scroll`, `.data-table` in
 * src/styles/global.css). The box is a focusable region named after the table's header row, so a
 * keyboard can scroll it and a screen reader can tell the tables of a page apart.
 */
type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

export const TABLE_SCROLL_HINT = '表格较宽，左右滑动查看其他列 →';

const text = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(text).join(''));

/** The texts of a table's first row (its header), for the box's name. */
function headerTexts(table: Node): string[] {
  const rows: Node[] = [];
  const collect = (n: Node) => (n.tagName === 'tr' ? rows.push(n) : n.children?.forEach(collect));
  collect(table);
  return (rows[0]?.children ?? []).filter((c) => c.tagName === 'th' || c.tagName === 'td').map((c) => text(c).trim()).filter(Boolean);
}

function wrap(table: Node): Node {
  const classes = table.properties?.className;
  table.properties = { ...table.properties, className: [...(Array.isArray(classes) ? classes : []), 'data-table'] };
  const header = headerTexts(table);
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: header.length ? `表格：${header.join('、')}` : '表格' },
    children: [{ type: 'element', tagName: 'p', properties: { className: ['table-scroll-hint'], ariaHidden: 'true' }, children: [{ type: 'text', value: TABLE_SCROLL_HINT }] }, table],
  };
}

function visit(node: Node) {
  node.children = node.children?.map((child) => (child.type === 'element' && child.tagName === 'table' ? wrap(child) : (visit(child), child)));
}

export default function rehypeTableScroll() {
  return (tree: Node) => visit(tree);
}
