import type { useTranslate } from 'react-admin';

/** The scorecard's own names for the five dimensions; an administrator's own code shows as itself. */
export const dimensionLabel = (translate: ReturnType<typeof useTranslate>, code: string) => translate(`sanxin.enums.qualityDimension.${code}`, { _: code });
