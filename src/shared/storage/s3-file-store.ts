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
 * A {@link FileStore} in an S3-compatible bucket: files under their key, staged bytes under
 * `.staging/<key>`. Keys must match `keyPattern`; anything else listed under the staging prefix
 * is not ours to touch.
 */
export class S3FileStore implements FileStore {
  readonly kind = 's3';
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3StoreSettings,
    private readonly keyPattern: RegExp,
  ) {
    this.client = createS3Client(settings);
  }

  private checked(key: string): string {
    if (!this.keyPattern.test(key)) throw new Error(`invalid storage key: ${key}`);
    return key;
  }

  private stagedKey(key: string) {
    return `${STAGING_PREFIX}/${this.checked(key)}`;
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
    // NOTE: a copy that fails after S3 has answered 200 carries its error in the body; the SDK
    // reads that body and throws, so a failed copy never counts as committed.
    await this.call('COPY', key, () =>
      this.client.send(
        new CopyObjectCommand({
          Bucket: this.settings.bucket,
          Key: key,
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
    this.checked(key);
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }),
      );
      return Buffer.from(await response.Body!.transformToByteArray());
    } catch (error) {
      if (s3StatusOf(error) === 404)
        throw new StoredFileMissingError(s3Failure('GET', key, error).message, { cause: error });
      throw s3Failure('GET', key, error);
    }
  }

  async remove(key: string): Promise<void> {
    await this.delete(this.checked(key));
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
      const page = await this.call('LIST', `${STAGING_PREFIX}/`, () =>
        this.client.send(
          new ListObjectsV2Command({
            Bucket: this.settings.bucket,
            Prefix: `${STAGING_PREFIX}/`,
            ContinuationToken: continuationToken,
          }),
        ),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(STAGING_PREFIX.length + 1);
        if (key && object.LastModified && this.keyPattern.test(key))
          staged.push({ key, stagedAt: object.LastModified });
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return staged;
  }
}
