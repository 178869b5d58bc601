/** Small line icons drawn in SVG (emoji fonts are not on every machine). Decorative: the buttons carry the words. */
const PATHS = {
  trash: 'M3 4h10M6.5 4V2.5h3V4M4.5 4l.6 9.5h5.8l.6-9.5M7 6.5v5M9 6.5v5',
  copy: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  open: 'M2.5 3.5h11M2.5 8h11M2.5 12.5h7',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="rk-svg" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
