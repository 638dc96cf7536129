/** Outline icons drawn in the current text colour, so they follow the theme and high-contrast modes. */
const PATHS = {
  search:
    'M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.43 1.41-1.41-4.43-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z',
  close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z',
  library: 'M4 4h3v16H4V4Zm5 0h3v16H9V4Zm5.2.6 2.9-.8 4.2 15.5-2.9.8-4.2-15.5Z',
  settings:
    'M10.3 2h3.4l.5 2.6 1.7.7 2.2-1.5 2.4 2.4-1.5 2.2.7 1.7 2.6.5v3.4l-2.6.5-.7 1.7 1.5 2.2-2.4 2.4-2.2-1.5-1.7.7-.5 2.6h-3.4l-.5-2.6-1.7-.7-2.2 1.5-2.4-2.4 1.5-2.2-.7-1.7L2 13.7v-3.4l2.6-.5.7-1.7-1.5-2.2 2.4-2.4 2.2 1.5 1.7-.7.5-2.6ZM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  list: 'M3 5h2v2H3V5Zm4 0h14v2H7V5Zm-4 6h2v2H3v-2Zm4 0h14v2H7v-2Zm-4 6h2v2H3v-2Zm4 0h14v2H7v-2Z',
  highlight: 'M15.2 3 21 8.8 11.8 18H6v-5.8L15.2 3ZM8 13v3h3l7-7.2L15.2 6 8 13ZM3 20h18v2H3v-2Z',
  warning: 'M12 2 1 21h22L12 2Zm0 4.2L19.5 19h-15L12 6.2ZM11 10v5h2v-5h-2Zm0 6v2h2v-2h-2Z',
  edit: 'M17.6 2.6 21.4 6.4 8.8 19H5v-3.8L17.6 2.6ZM7 16v1h1l9.6-9.6-1-1L7 16ZM3 21h18v2H3v-2Z',
  question:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-.1 2.5c-2 0-3.4 1.2-3.6 3.1h2c.1-.8.7-1.3 1.6-1.3.9 0 1.5.5 1.5 1.3 0 .6-.3 1-1.1 1.5-1 .6-1.5 1.3-1.4 2.6v.5h2V14c0-.7.3-1 1.1-1.5 1-.6 1.5-1.4 1.5-2.5 0-2-1.5-3.5-3.6-3.5ZM11 16v2h2v-2h-2Z',
  arrowUp: 'M12 4 5 11l1.4 1.4 4.6-4.6V20h2V7.8l4.6 4.6L19 11l-7-7Z',
  arrowDown: 'M12 20l7-7-1.4-1.4-4.6 4.6V4h-2v12.2l-4.6-4.6L5 13l7 7Z',
} as const;

export type IconName = keyof typeof PATHS;

export interface IconProps {
  name: IconName;
  /** Pixel size; icons are decorative, the control around them carries the accessible name. */
  size?: number;
}

export function Icon({ name, size = 18 }: IconProps) {
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}
