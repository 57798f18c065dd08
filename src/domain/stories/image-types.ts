/** A picture a maker uploaded for a story (the bytes are fetched separately: lists never carry them). */
export interface StoryImage {
  id: string;
  tenantId: string;
  authorId: string;
  /** Decided from the bytes' signature, never from what the client said. */
  contentType: ImageType;
  byteSize: number;
  /** Hex SHA-256 of the bytes: the ETag, and the version part of the addresses. */
  sha256: string;
  /** Random, unguessable: the anonymous card address carries it (see docs/stories.md). */
  token: string;
  createdAt: string;
}

/** The picture formats accepted; SVG never (it is a document that can run script). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Stored pictures (src/storage/repositories/stories/images.ts). */
export interface StoryImageRepository {
  insert(image: StoryImage, bytes: Buffer): Promise<void>;
  find(id: string): Promise<StoryImage | undefined>;
  bytes(id: string): Promise<Buffer | undefined>;
  /** The stories (not deleted) that show this picture. */
  storiesShowing(id: string): Promise<string[]>;
}

/**
 * The type a picture's first bytes say it is, or null: PNG, JPEG, GIF87a/89a and WebP (RIFF….WEBP)
 * signatures. What the client claims (Content-Type, file name) is never consulted.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** The anonymous address path of a story's uploaded picture (for cards): story, picture and token must all match. */
export function cardImagePath(storyId: string, image: { id: string; token: string }): string {
  return `/story-images/${storyId}/${image.id}/${image.token}`;
}
