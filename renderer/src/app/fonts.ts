// Fonts are bundled: the app never fetches anything from the network. Noto Sans SC is ~200
// unicode-range @font-face rules (234 kB of CSS); main.tsx loads them right after start-up
// without holding up the first paint, which shows system fonts until the slices arrive anyway
// (font-display: swap).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
