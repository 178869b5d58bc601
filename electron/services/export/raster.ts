import { Resvg } from '@resvg/resvg-js';

/** SVG → PNG at `scale` × its pixel size. System fonts are loaded so CJK labels render (fonts-wqy-microhei, Noto CJK). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei' },
    background: '#ffffff',
  });
  return Buffer.from(r.render().asPng());
}
