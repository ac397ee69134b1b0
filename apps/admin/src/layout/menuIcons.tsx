import AlarmIcon from '@mui/icons-material/AlarmOn';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import AssessmentIcon from '@mui/icons-material/Assessment';
import DateRangeIcon from '@mui/icons-material/DateRange';
import BarChartIcon from '@mui/icons-material/BarChart';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import SettingsIcon from '@mui/icons-material/Settings';
import TodayIcon from '@mui/icons-material/Today';
import InsightsIcon from '@mui/icons-material/Insights';
import GradingIcon from '@mui/icons-material/Grading';
import BadgeIcon from '@mui/icons-material/Badge';
import type { ReactElement } from 'react';

/** Icons of the menu's pages that are not resources (resources bring their own). */
export const MENU_ICONS: Record<string, ReactElement> = {
  '/my-first-contacts': <PhoneCallbackIcon />,
  '/assignment': <AssignmentIndIcon />,
  '/workload': <BarChartIcon />,
  '/complaints-overdue': <AlarmIcon />,
  '/my-schedule': <TodayIcon />,
  '/roster': <CalendarMonthIcon />,
  '/approvals': <FactCheckIcon />,
  '/attendance-violations': <AlarmIcon />,
  '/settings': <SettingsIcon />,
  '/reports/daily': <AssessmentIcon />,
  '/reports/weekly': <DateRangeIcon />,
  '/analytics': <InsightsIcon />,
  '/quality-summary': <InsightsIcon />,
  '/assessments': <GradingIcon />,
  '/my-assessment': <BadgeIcon />,
};
