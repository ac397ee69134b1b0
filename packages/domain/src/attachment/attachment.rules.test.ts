import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../setting/settings';
import { attachmentTypeOf, canAttach, canViewAttachments, validateAttachment, validateAttachmentName } from './attachment.rules';
import { sniffSignature } from './attachment.sniff';

const bytes = (...values: Array<number | string>) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF');
const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const PDF = bytes('%PDF-1.7\n');
const ZIP = bytes('PK', 3, 4, 20, 0, 6, 0);
const settings = defaultSettings();

describe('sniffSignature', () => {
  it('knows the accepted files by their first bytes', () => {
    expect(sniffSignature(JPEG)).toBe('image/jpeg');
    expect(sniffSignature(PNG)).toBe('image/png');
    expect(sniffSignature(bytes('GIF89a', 1, 0))).toBe('image/gif');
    expect(sniffSignature(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffSignature(PDF)).toBe('application/pdf');
    expect(sniffSignature(ZIP)).toBe('zip');
    expect(sniffSignature(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('ole');
  });

  it('knows nothing else: scripts, executables, a truncated header', () => {
    expect(sniffSignature(bytes('MZ', 0x90, 0))).toBeNull();
    expect(sniffSignature(bytes('<script>alert(1)</script>'))).toBeNull();
    expect(sniffSignature(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffSignature(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffSignature(new Uint8Array())).toBeNull();
  });
});

describe('validateAttachment', () => {
  const file = (name: string, head: Uint8Array, claimedType: string | null = null, size = 1000) => ({ name, head, claimedType, size });

  it('accepts a photo, a scanned PDF and a Word document whose bytes are what they claim', () => {
    expect(validateAttachment(file('缺陷照片.JPG', JPEG, 'image/jpeg'), settings)).toEqual([]);
    expect(validateAttachment(file('回函.pdf', PDF, 'application/octet-stream'), settings)).toEqual([]);
    expect(validateAttachment(file('协议.docx', ZIP), settings)).toEqual([]);
  });

  it('refuses bytes that disagree with the name or the claimed type', () => {
    expect(validateAttachment(file('photo.jpg', PNG), settings)).toEqual([{ rule: 'fileContentMismatch', field: 'file' }]);
    expect(validateAttachment(file('invoice.pdf', bytes('MZ', 0x90, 0), 'application/pdf'), settings)).toEqual([{ rule: 'fileContentMismatch', field: 'file' }]);
    expect(validateAttachment(file('photo.jpg', JPEG, 'image/png'), settings)).toEqual([{ rule: 'fileContentMismatch', field: 'file' }]);
    expect(validateAttachment(file('letter.doc', ZIP), settings)).toEqual([{ rule: 'fileContentMismatch', field: 'file' }]);
  });

  it('refuses unknown extensions, empty and oversize files', () => {
    expect(validateAttachment(file('run.exe', bytes('MZ')), settings)[0].rule).toBe('unsupportedFileType');
    expect(validateAttachment(file('noextension', JPEG), settings)[0].rule).toBe('unsupportedFileType');
    expect(validateAttachment(file('a.jpg', JPEG, null, 0), settings)[0].rule).toBe('emptyFile');
    expect(validateAttachment(file('a.jpg', JPEG, null, 20 * 1024 * 1024), settings)).toEqual([]);
    expect(validateAttachment(file('a.jpg', JPEG, null, 20 * 1024 * 1024 + 1), settings)).toEqual([{ rule: 'fileTooLarge', field: 'file', params: { maxMb: 20 } }]);
  });

  it('follows the settings: a kind an administrator turned off is refused', () => {
    const noOffice = { ...settings, 'attachment.allowOffice': 0 };
    expect(validateAttachmentName('协议.xlsx', noOffice)).toEqual([{ rule: 'fileTypeNotAllowed', field: 'file' }]);
    expect(validateAttachmentName('协议.pdf', noOffice)).toEqual([]);
    expect(validateAttachment(file('a.jpg', JPEG, null, 2 * 1024 * 1024), { ...settings, 'attachment.maxSizeMb': 1 })[0].rule).toBe('fileTooLarge');
  });

  it('refuses names with path separators or too long', () => {
    expect(validateAttachmentName('../etc/passwd.jpg', settings)[0].rule).toBe('invalidFileName');
    expect(validateAttachmentName(`${'长'.repeat(201)}.jpg`, settings)[0].rule).toBe('invalidFileName');
    expect(validateAttachmentName('  ', settings)[0].rule).toBe('required');
  });

  it('reads the type from the last extension, in any case', () => {
    expect(attachmentTypeOf('x.tar.PDF')?.contentType).toBe('application/pdf');
    expect(attachmentTypeOf('x.pdf.exe')).toBeNull();
  });
});

describe('who sees and adds files', () => {
  it('follows the owning record: anyone who reads it sees them, whoever edits it adds them', () => {
    expect(canViewAttachments('QA_INSPECTOR', 'COMPLAINT')).toBe(true);
    expect(canAttach('QA_INSPECTOR', 'COMPLAINT')).toBe(false);
    expect(canAttach('AGENT', 'COMPLAINT', { isOwner: true })).toBe(true);
    expect(canAttach('AGENT', 'COMPLAINT', { isOwner: false })).toBe(false);
    expect(canAttach('SHIFT_LEADER', 'INTERACTION', { isOwner: false })).toBe(true);
  });

  it("keeps a contract's files from those who may not see its amount", () => {
    expect(canViewAttachments('AGENT', 'CONTRACT', { isOwner: true })).toBe(true);
    expect(canViewAttachments('AGENT', 'CONTRACT', { isOwner: false })).toBe(false);
    expect(canViewAttachments('QA_INSPECTOR', 'CONTRACT', { isOwner: false })).toBe(false);
    expect(canViewAttachments('DEPT_MANAGER', 'CONTRACT', { isOwner: false })).toBe(true);
  });
});
