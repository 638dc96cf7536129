import type { ReadingStatus } from '@/utils/library';
import type { MessageKey } from '@/utils/i18n';

export const STATUS_LABELS: Record<ReadingStatus, MessageKey> = {
  unread: 'lib_statusUnread',
  reading: 'lib_statusReading',
  read: 'lib_statusRead',
};
