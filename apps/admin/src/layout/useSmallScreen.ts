import { type Theme, useMediaQuery } from '@mui/material';

/** A phone (below MUI's `sm`, 600 px): lists become cards (react-admin's SimpleList). */
export const useSmallScreen = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
