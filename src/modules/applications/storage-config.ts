import type { AppConfig } from '../../config';
import { diskStorageUnder, type EvidenceStorage } from './evidence-storage';

/**
 * The evidence storage for this configuration: the local disk under `<dataDir>/uploads/`.
 * NOTE: an S3-compatible adapter is not provided (see the module README): nothing here could
 * test it against a real S3 endpoint, and an untested signing implementation is worse than none.
 */
export function evidenceStorageFor(config: AppConfig): EvidenceStorage {
  return diskStorageUnder(config.dataDir);
}
