import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import UploadIcon from '@mui/icons-material/Upload';
import { Box, Button, Card, CardContent, CardHeader, IconButton, Link, List, ListItem, ListItemAvatar, ListItemText, Typography } from '@mui/material';
import { ATTACHMENT_ACCEPT, type AttachmentOwnerType, settingsFrom, validateAttachmentName } from '@sanxin/domain';
import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { formatFileSize, UploadError, uploadAttachment } from './attachmentApi';
import type { AttachmentItem, AttachmentList } from './attachmentQueries';

/**
 * 附件: the files of the record shown (photos of a defect, a scanned letter, a signed agreement),
 * with thumbnails of images, downloads, and upload (button or drag and drop) and delete for those
 * the API says may change them.
 */
export const AttachmentsPanel = ({ ownerType }: { ownerType: AttachmentOwnerType }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [list, setList] = useState<AttachmentList>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const ownerId = record?.id == null ? undefined : String(record.id);

  const reload = useCallback(async () => {
    if (!ownerId) return;
    setList(await dataProvider.attachmentsOf(ownerType, ownerId).catch(() => ({ canAttach: false, attachments: [] })));
  }, [dataProvider, ownerType, ownerId]);
  useEffect(() => {
    reload();
  }, [reload]);

  const reasonOf = (error: unknown) => {
    const field = error instanceof UploadError ? error.error?.extensions?.fields?.[0] : undefined;
    if (field) return translate(`sanxin.validation.${field.code}`, { _: field.code, ...field.params });
    const code = error instanceof UploadError ? error.error?.extensions?.code : undefined;
    return translate(`sanxin.errors.${code ?? 'INTERNAL_SERVER_ERROR'}`);
  };

  const upload = async (files: File[]) => {
    if (!ownerId || !files.length) return;
    setBusy(true);
    try {
      // The same rule as the server's, first: a refused type never travels.
      const settings = settingsFrom(await dataProvider.settings().catch(() => []));
      for (const file of files) {
        const [violation] = validateAttachmentName(file.name, settings);
        try {
          if (violation) throw new UploadError(400, { message: violation.rule, extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'file', code: violation.rule, params: violation.params }] } });
          await uploadAttachment(ownerType, ownerId, file);
          notify('app.attachments.uploaded', { type: 'success', messageArgs: { name: file.name } });
        } catch (error) {
          notify('app.attachments.refused', { type: 'error', messageArgs: { name: file.name, reason: reasonOf(error) } });
        }
      }
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const remove = async (attachment: AttachmentItem) => {
    try {
      await dataProvider.workflow('deleteAttachment', { id: attachment.id, version: attachment.version });
      notify('app.attachments.deleted', { type: 'info', messageArgs: { name: attachment.name } });
    } catch (error) {
      notify((error as Error).message || 'sanxin.errors.INTERNAL_SERVER_ERROR', { type: 'error' });
    }
    await reload();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (list?.canAttach) upload([...event.dataTransfer.files]);
  };

  if (!list) return null;
  return (
    <Card variant="outlined" component="section" aria-label={translate('app.attachments.title')} sx={{ mt: 2 }}>
      <CardHeader
        title={`${translate('app.attachments.title')} (${list.attachments.length})`}
        titleTypographyProps={{ variant: 'subtitle1' }}
        action={
          list.canAttach && (
            <Button startIcon={<UploadIcon />} disabled={busy} onClick={() => input.current?.click()}>
              {translate('app.attachments.upload')}
            </Button>
          )
        }
      />
      <CardContent
        onDragOver={(event) => {
          if (!list.canAttach) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{ pt: 0, outline: dragging ? '2px dashed' : 'none', outlineColor: 'primary.main' }}
      >
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ATTACHMENT_ACCEPT}
          aria-label={translate('app.attachments.upload')}
          onChange={(event) => {
            upload([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        {list.attachments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('app.attachments.empty')}
          </Typography>
        ) : (
          <List dense>
            {list.attachments.map((attachment) => (
              <ListItem
                key={attachment.id}
                secondaryAction={
                  list.canAttach && (
                    <IconButton edge="end" aria-label={`${translate('app.attachments.delete')} ${attachment.name}`} onClick={() => remove(attachment)}>
                      <DeleteIcon />
                    </IconButton>
                  )
                }
              >
                <ListItemAvatar sx={{ minWidth: 88 }}>
                  {attachment.thumbnailUrl ? (
                    <Box component="img" src={attachment.thumbnailUrl} alt={attachment.name} sx={{ width: 72, height: 54, objectFit: 'cover', borderRadius: 1 }} />
                  ) : (
                    <DescriptionIcon color="action" sx={{ fontSize: 40 }} />
                  )}
                </ListItemAvatar>
                <ListItemText
                  primary={
                    <Link href={attachment.url} download={attachment.name} title={translate('app.attachments.download')}>
                      {attachment.name}
                    </Link>
                  }
                  secondary={[
                    formatFileSize(attachment.size),
                    attachment.uploadedBy ? translate('app.attachments.uploadedBy', { name: attachment.uploadedBy.name }) : null,
                    new Date(attachment.createdAt).toLocaleString(),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
        {list.canAttach ? (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <AttachFileIcon fontSize="inherit" />
            {translate('app.attachments.dropHere')}
          </Typography>
        ) : (
          <Typography variant="caption" color="text.secondary">
            {translate('app.attachments.noPermission')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
