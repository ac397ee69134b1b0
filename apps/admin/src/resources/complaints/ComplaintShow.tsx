import { Grid } from '@mui/material';
import { Suspense } from 'react';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, CUSTOMER_EMOTIONS } from '@sanxin/domain';
import { DateField, Labeled, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import { choicesOf } from '../../i18n/choices';
import { CaseFromComplaintButton } from '../caseStudies';
import { SourceFollowUps, useSourceFollowUps } from '../followUps';
import { ComplaintActions, HandoverActions, UrgeButton } from './ComplaintActions';
import { ComplaintClock, ComplaintEscalations, ComplaintProposals, ComplaintTasks, ComplaintTimeline } from './ComplaintDetailSections';
import { ComplaintStatusChip, DepartmentsField, PriorityChip } from './ComplaintFields';
import { SlaBadges } from './SlaBadges';
import { useComplaintDetail } from './useComplaintDetail';

const Body = () => {
  const record = useRecordContext();
  const detail = useComplaintDetail();
  const followUps = useSourceFollowUps(record?.id ? String(record.id) : undefined, record?.version);
  if (!record) return null;
  return (
    <>
      <TopToolbar sx={{ justifyContent: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
        <ComplaintActions
          tasks={detail?.tasks as { id: string; department: string; status: string }[] | undefined}
          proposals={detail?.proposals}
          withFollowUpTask={(followUps?.length ?? 0) > 0}
        />
        <HandoverActions />
        <UrgeButton />
        <CaseFromComplaintButton />
      </TopToolbar>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <Labeled label="resources.complaints.fields.status">
              <ComplaintStatusChip />
            </Labeled>
            <Labeled label="resources.complaints.fields.slaState">
              <SlaBadges withRemaining />
            </Labeled>
            <DateField source="dueAt" showTime />
            <Labeled label="resources.complaints.fields.priority">
              <PriorityChip showNormal />
            </Labeled>
            <NumberField source="urgeCount" />
            <ReferenceField source="customerId" reference="customers" link="show" />
            <ReferenceField source="contactId" reference="contacts" link={false} emptyText="-" />
            <ReferenceField source="contractId" reference="contracts" link="show" emptyText="-" />
            <TextField source="owner.name" label="resources.complaints.fields.ownerId" />
            <TextField source="recordedBy.name" label="resources.complaints.fields.recordedById" />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <DateField source="receivedAt" showTime />
            <SelectField source="channel" choices={choicesOf(COMPLAINT_CHANNELS, 'complaintChannel')} />
            <SelectField source="emotion" choices={choicesOf(CUSTOMER_EMOTIONS, 'customerEmotion')} />
            <ReferenceField source="categoryId" reference="complaintCategories" link={false} />
            <SelectField source="severity" choices={choicesOf(COMPLAINT_SEVERITIES, 'complaintSeverity')} />
            <Labeled label="resources.complaints.fields.departments">
              <DepartmentsField />
            </Labeled>
            <TextField source="assessmentNote" emptyText="-" />
          </SimpleShowLayout>
        </Grid>
        <Grid size={12}>
          <SimpleShowLayout>
            <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="customerRequest" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="productName" emptyText="-" />
            <TextField source="productSpec" emptyText="-" />
            <TextField source="productionDate" emptyText="-" />
            <TextField source="batchNumber" emptyText="-" />
            <TextField source="usedAt" emptyText="-" />
          </SimpleShowLayout>
        </Grid>
      </Grid>
      <Suspense fallback={null}>
        <SourceFollowUps followUps={followUps ?? []} />
      </Suspense>
      <ComplaintClock />
      <AttachmentsPanel ownerType="COMPLAINT" />
      <ComplaintProposals detail={detail} />
      <ComplaintTasks detail={detail} />
      <ComplaintEscalations detail={detail} />
      <ComplaintTimeline detail={detail} />
    </>
  );
};

/** 投诉详情: the registration, SLA, the steps this viewer may take, proposals, tasks, escalations and the timeline. */
export const ComplaintShow = () => (
  <Show actions={false} sx={{ '& .RaShow-card': { p: 2 } }}>
    <Body />
  </Show>
);
