// Why a storage operation refused, with a Chinese and an English message that say what to do (thrown, as
// docs/decisions/failures.md says for refused actions; the shape is core's RefusalError).
import { RefusalError, refusalText, type TextParams } from '../../../core/i18n/refusal.ts';

export type StorageRefusal =
  | 'quotaExceeded'
  | 'quotaInsufficient'
  | 'noWorkspace'
  | 'workspaceExists'
  | 'noResource'
  | 'duplicateResourceIds'
  | 'catalogChangedDuringImport'
  | 'importNotStaging'
  | 'unknownPackage'
  | 'receiptExists'
  | 'catalogChangedDuringBackup'
  | 'restoreTargetChanged';

export class StorageError extends RefusalError<StorageRefusal> {
  override readonly name = 'StorageError';
}

const storageMessage = refusalText<StorageRefusal>({
  quotaExceeded: {
    zh: '存储空间不足，刚才的操作没有保存，已有的目录数据没有改变。请清理磁盘空间（或删除不再需要的目录包、培训工作区）后重试。',
    en: 'Out of storage space: the last operation was not saved, and the catalog data already stored is unchanged. Free disk space (or delete packages or the training workspace you no longer need) and try again.',
  },
  quotaInsufficient: {
    zh: '存储空间不足，无法导入：约需 {neededMB} MB，当前可用约 {availableMB} MB。目录没有改变。请清理磁盘空间后重试。',
    en: 'Not enough storage space to import: about {neededMB} MB is needed and about {availableMB} MB is available. The catalog is unchanged. Free disk space and try again.',
  },
  noWorkspace: {
    zh: '找不到工作区（编号 {id}），它可能已被删除。请重新选择工作区。',
    en: 'Workspace {id} does not exist; it may have been deleted. Choose a workspace again.',
  },
  workspaceExists: {
    zh: '已有{what}的工作区，每个部门只能有一个工作区（培训工作区也只有一个）。请打开已有的工作区。',
    en: 'A workspace for {whatEn} already exists; there is one per department (and one training workspace). Open the existing one.',
  },
  noResource: {
    zh: '找不到资源（内部编号 {id}），它可能已被删除或撤销。',
    en: 'Resource {id} does not exist; it may have been deleted or undone.',
  },
  duplicateResourceIds: {
    zh: '要导入的目录中有重复的资源内部编号（{ids}），目录没有改变。请重新导入工作簿。',
    en: 'The catalog to import has duplicate resource ids ({ids}); the catalog is unchanged. Import the workbook again.',
  },
  catalogChangedDuringImport: {
    zh: '导入期间目录被修改过，为避免覆盖这些修改，本次导入没有生效，目录没有改变。请重新导入。',
    en: 'The catalog was edited while the import was being prepared; to avoid overwriting those edits the import was not applied and the catalog is unchanged. Import again.',
  },
  importNotStaging: {
    zh: '这次导入已被取消或已完成（编号 {id}），不能再提交。',
    en: 'Import {id} was already cancelled or committed and cannot be committed.',
  },
  unknownPackage: {
    zh: '回执对应的目录包（{packageId}）不在本工作区的已报送目录包中。请确认回执是否属于本部门。',
    en: 'The receipt refers to package {packageId}, which is not among the packages this workspace has sent. Check that the receipt is for this department.',
  },
  receiptExists: {
    zh: '目录包 {packageId} 已经导入过回执。',
    en: 'A receipt has already been imported for package {packageId}.',
  },
  catalogChangedDuringBackup: {
    zh: '备份期间目录被修改过，这份备份可能前后不一致，已放弃。请再备份一次。',
    en: 'The catalog was edited while the backup was being written, so the backup could be inconsistent and was discarded. Back up again.',
  },
  restoreTargetChanged: {
    zh: '恢复期间要替换的工作区被修改或删除了，恢复没有生效，原有工作区没有改变。请重新恢复。',
    en: 'The workspace to be replaced was changed or deleted during the restore; the restore was not applied and the workspace is unchanged. Restore again.',
  },
});

export function storageError(reason: StorageRefusal, params: TextParams = {}): StorageError {
  return new StorageError(reason, storageMessage(reason, params));
}
