'use client';

import { createTheme } from '@mui/material/styles';

/** System fonts only: the app builds and runs without downloading web fonts. */
const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  cssVariables: true,
  palette: {
    primary: { main: '#1f4e79' },
    secondary: { main: '#b5523b' },
    background: { default: '#fafafa' },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: SYSTEM_FONTS, button: { textTransform: 'none', fontWeight: 600 } },
});
