import LibraryAddIcon from '@mui/icons-material/LibraryAdd';
import { canAccess, isComplaintClosed, type ComplaintStatus, type Role } from '@sanxin/domain';
import { Button, Link, useGetIdentity, useRecordContext } from 'react-admin';

/** 转为案例: offered on a closed (or rejected) complaint to those who write cases; the form opens with the complaint chosen. */
export const CaseFromComplaintButton = () => {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  if (!record || !identity?.role || !isComplaintClosed(record.status as ComplaintStatus) || !canAccess(identity.role as Role, 'caseStudy', 'create'))
    return null;
  const source = encodeURIComponent(JSON.stringify({ complaintId: record.id, title: `${record.number}` }));
  return (
    <Button component={Link} to={`/caseStudies/create?source=${source}`} label="app.caseStudy.fromComplaint">
      <LibraryAddIcon />
    </Button>
  );
};
