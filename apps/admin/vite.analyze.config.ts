import { visualizer } from 'rollup-plugin-visualizer';
import { mergeConfig } from 'vite';
import viteConfig from './vite.config';

/** `pnpm --filter @sanxin/admin analyze`: what each chunk is made of, with gzip sizes (dist/bundle-report.html). */
export default mergeConfig(viteConfig, {
  plugins: [
    visualizer({ filename: 'dist/bundle-report.html', gzipSize: true, template: 'treemap' }),
    visualizer({ filename: 'dist/bundle-report.json', gzipSize: true, template: 'raw-data' }),
  ],
});
