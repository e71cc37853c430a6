'use client';

import { createTheme } from '@mui/material/styles';

/** System fonts only: the dashboard builds and runs without downloading web fonts. */
const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  cssVariables: true,
  palette: { primary: { main: '#283593' }, background: { default: '#f5f6fa' } },
  shape: { borderRadius: 6 },
  typography: { fontFamily: SYSTEM_FONTS, button: { textTransform: 'none', fontWeight: 600 } },
  components: {
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
});
