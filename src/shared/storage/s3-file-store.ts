import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import {
  STAGING_PREFIX,
  StoredFileMissingError,
  type FileStore,
  type StagedFile,
} from './file-store';
import { createS3Client, s3Failure, s3StatusOf, type S3Connection } from './s3-client';

export interface S3StoreSettings extends S3Connection {
  bucket: string;
}

/**
 * A {@link FileStore} in an S3-compatible bucket: files under `<prefix><key>`, staged bytes under
 * `<prefix>.staging/<key>` — the same layout as a {@link DiskFileStore} rooted at the prefix.
 * Keys must match `keyPattern`; anything else listed under the staging prefix is not ours to
 * touch.
 */
export class S3FileStore implements FileStore {
  readonly kind = 's3';
  private readonly client: S3Client;

  /** `prefix` is '' (the bucket's root) or ends with `/`, e.g. `hetao/`. */
  constructor(
    private readonly settings: S3StoreSettings,
    private readonly keyPattern: RegExp,
    private readonly prefix = '',
  ) {
    if (prefix !== '' && !/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\/$/.test(prefix))
      throw new Error(`invalid storage prefix: ${prefix}`);
    this.client = createS3Client(settings);
  }

  /** The object key of a stored file. */
  private objectKey(key: string): string {
    if (!this.keyPattern.test(key)) throw new Error(`invalid storage key: ${key}`);
    return `${this.prefix}${key}`;
  }

  private stagedKey(key: string) {
    if (!this.keyPattern.test(key)) throw new Error(`invalid storage key: ${key}`);
    return `${this.stagingPrefix}${key}`;
  }

  private get stagingPrefix() {
    return `${this.prefix}${STAGING_PREFIX}/`;
  }

  /** Runs one S3 call, turning its failure into an error that says what failed. */
  private async call<T>(operation: string, key: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw s3Failure(operation, key, error);
    }
  }

  async stage(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const stagedKey = this.stagedKey(key);
    await this.call('PUT', stagedKey, () =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: stagedKey,
          Body: bytes,
          ContentType: contentType,
        }),
      ),
    );
  }

  /** A server-side copy into place, then the staged object removed (S3 has no rename). */
  async commit(key: string): Promise<void> {
    const stagedKey = this.stagedKey(key);
    const objectKey = this.objectKey(key);
    // NOTE: a copy that fails after S3 has answered 200 carries its error in the body; the SDK
    // reads that body and throws, so a failed copy never counts as committed.
    await this.call('COPY', objectKey, () =>
      this.client.send(
        new CopyObjectCommand({
          Bucket: this.settings.bucket,
          Key: objectKey,
          CopySource: `${this.settings.bucket}/${stagedKey.split('/').map(encodeURIComponent).join('/')}`,
        }),
      ),
    );
    await this.discard(key);
  }

  async discard(key: string): Promise<void> {
    await this.delete(this.stagedKey(key));
  }

  async get(key: string): Promise<Buffer> {
    const objectKey = this.objectKey(key);
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: objectKey }),
      );
      return Buffer.from(await response.Body!.transformToByteArray());
    } catch (error) {
      if (s3StatusOf(error) === 404)
        throw new StoredFileMissingError(s3Failure('GET', objectKey, error).message, {
          cause: error,
        });
      throw s3Failure('GET', objectKey, error);
    }
  }

  async remove(key: string): Promise<void> {
    await this.delete(this.objectKey(key));
  }

  /** Deletes an object; one already gone is not an error. */
  private async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    } catch (error) {
      if (s3StatusOf(error) !== 404) throw s3Failure('DELETE', key, error);
    }
  }

  /** Lists the staging prefix page by page (ListObjectsV2). */
  async listStaged(): Promise<StagedFile[]> {
    const staged: StagedFile[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await this.call('LIST', this.stagingPrefix, () =>
        this.client.send(
          new ListObjectsV2Command({
            Bucket: this.settings.bucket,
            Prefix: this.stagingPrefix,
            ContinuationToken: continuationToken,
          }),
        ),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.stagingPrefix.length);
        if (key && object.LastModified && this.keyPattern.test(key))
          staged.push({ key, stagedAt: object.LastModified });
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return staged;
  }
}
