/**
 * 长者模式 / 大字版: the text sizes a reader can choose, kept on the device. The size is an attribute
 * of <html> (`data-text-size="lg"`), which src/styles/global.css turns into a root font size (every
 * size on the site is in rem, so text, spacing and controls grow together) and darker greys.
 */

/** The sizes in the header control's order: standard, then 125 %, then 150 %. */
export const TEXT_SIZES = ['', 'lg', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** What each size is called, and how large it is. */
export const TEXT_SIZE_NAMES: Readonly<Record<TextSize, { label: string; scale: string }>> = {
  '': { label: '标准', scale: '100%' },
  lg: { label: '大字', scale: '125%' },
  xl: { label: '特大', scale: '150%' },
};

/** Where the choice is kept (localStorage). */
export const TEXT_SIZE_KEY = 'liangxin-text-size';

/** A stored or attribute value as a size; anything else is the standard size. */
export const readTextSize = (value: string | null | undefined): TextSize =>
  TEXT_SIZES.find((size) => size === value) ?? '';

/** The size after `size` in the header control's cycle: 标准 → 大字 → 特大 → 标准. */
export const nextTextSize = (size: TextSize): TextSize => TEXT_SIZES[(TEXT_SIZES.indexOf(size) + 1) % TEXT_SIZES.length]!;
