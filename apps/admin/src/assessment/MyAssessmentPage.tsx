import { Card, CardContent, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { AssessmentRows } from './AssessmentRows';
import { useAssessments } from './useAssessments';

const noActions = () => [];

/** 我的考核: the viewer's own assessments, newest month first, with the figures behind each part (read only). */
export const MyAssessmentPage = () => {
  const translate = useTranslate();
  const { rows } = useAssessments({ mine: true }, true);
  const newestFirst = rows && [...rows].sort((a, b) => b.month.localeCompare(a.month));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.assessment.myTitle" />
      <CardContent>
        {newestFirst === undefined && <Loading />}
        {newestFirst?.length === 0 && <Typography>{translate('app.assessment.myEmpty')}</Typography>}
        {newestFirst && newestFirst.length > 0 && <AssessmentRows rows={newestFirst} showMonth actionsOf={noActions} onAction={noActions} />}
      </CardContent>
    </Card>
  );
};
