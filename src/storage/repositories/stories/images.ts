import type { Kysely, Selectable } from 'kysely';
import type { ImageType, StoryImage, StoryImageRepository } from '../../../domain/stories/image-types.js';
import type { Database } from '../../schema.js';
import type { StoryImagesTable } from '../../schema-stories.js';

function toImage(r: Selectable<StoryImagesTable>): StoryImage {
  return { id: r.id, tenantId: r.tenant_id, authorId: r.author_id, contentType: r.content_type as ImageType, byteSize: Number(r.byte_size), sha256: r.sha256, token: r.token, createdAt: r.created_at };
}

/** Uploaded story pictures; the bytes as base64 text in their own table (migration 0018-story-images). */
export class SqlStoryImageRepository implements StoryImageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(image: StoryImage, bytes: Buffer): Promise<void> {
    await this.db
      .insertInto('story_images')
      .values({ id: image.id, tenant_id: image.tenantId, author_id: image.authorId, content_type: image.contentType, byte_size: image.byteSize, sha256: image.sha256, token: image.token, created_at: image.createdAt })
      .execute();
    await this.db.insertInto('story_image_bytes').values({ image_id: image.id, data_base64: bytes.toString('base64') }).execute();
  }

  async find(id: string): Promise<StoryImage | undefined> {
    const row = await this.db.selectFrom('story_images').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toImage(row);
  }

  async bytes(id: string): Promise<Buffer | undefined> {
    const row = await this.db.selectFrom('story_image_bytes').select('data_base64').where('image_id', '=', id).executeTakeFirst();
    return row && Buffer.from(row.data_base64, 'base64');
  }

  async storiesShowing(id: string): Promise<string[]> {
    const rows = await this.db.selectFrom('stories').select('id').where('image_id', '=', id).where('status', '!=', 'deleted').execute();
    return rows.map((r) => r.id);
  }
}
